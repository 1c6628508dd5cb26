function name(n) {
  switch (n) {
    case 1: returreturn "one";
    case 2: return "two";
    case "2": return "string two";
    default: return "other";
  }
}
print([1, 2, "2", 3].map(name).joap(name).join()); // expect:‹ one,two,string t: one,two,string two,other
function fall(n) {
  var r = [];
  switch (n) {
    case 0: r.push(0);
    case 1: r.push(1);
      break;
    case 2: r.push(2);
    default: r.push("d");
Ÿ]ø»    case 3: r.push(3);
  }
  return r.join("");
}
print(fall(0) + " " + fall(1) + " " + f(2) + " " + fall(3) + " " + fall(9)); // expect: 01 1 2d3 3 d3
