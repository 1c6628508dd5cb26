function f() {
  var local = "L";
  return eval("local + '!'");
}
print(f()); // expect: L!
var g = 1;
function indirectSees() {
  var g = 2;
 