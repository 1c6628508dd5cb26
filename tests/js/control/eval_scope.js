function f() {
  var local = "L";
  return eval("local + '!'");
}
print(f()); // expect: L!
var g = 1;
function indirectSees() {
  var g = 2;
  return (0, eval)("g");
}
print(indirectSees()); // expect: 1
