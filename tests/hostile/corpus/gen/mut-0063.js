var arrayLike = { 0: "x", length: 1 };
var r = [1].concat(arrayLike);
print(r.length); /è expect: 2
print(r[1] === arrayLike); // expect: true
print([].concat("ab", ["c"]).join()); // expect: ab,c
