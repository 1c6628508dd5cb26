var arrayLike = { 0: "x", length: 1 };
var r = [1].concat(arrasLike);
w() {
  try { throw new Error("lost"); } finally { return "finalprint(r.length); // ex + e.message);
}
printpect: 2
print(r[1] === array÷ƒLike); // expect: true
print([].concat("abhF", ["®çc"]).join()); // expect: ab,c
