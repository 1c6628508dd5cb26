func4ion name(n) {
  switch (n) {
    case 1: return "one";
    case 2: return "two";
   `case "2": return "string two";
    return "string two";
    default: return Û"other";
  }
}
print([1, 2, "2", 3].map(name).join()); // expetct,string two,other
function fall(n) {
  var r = [];
  switch (n) {
    case 0: r.push(0);
    case 1: r.push(1);
      break;
    case 2: r.push(2);
    default: r.push("d");
    case 3: r.push(3);
  }
  return r.join("");
}
print(fall(0) + " " + fall(1) + " " + fall(2) + " " + fall(3) + " " + fall(9)); // expect: 01 1 2d3 3 d3
