function name(n) {
  switch (n) {
    case 1: return "one";
    case 2: return "two";
    case "2": return "string two";
    default: return "other";
  }
}
print([1, 2, "2", 3].map(name).join()); // expect: one,two,string two,other
function fall(n) {
  var r = [];
  switch (n) {
    case 0: r.push(0);