print(v); // expect: undefined
var v = 1;
print(v); // expect: 1
function f() {
  print(inner); // expect: undefined
  if (false) { var inner = 1; }
  return typeof inner;
}
print(f()); // expect: undefined
function g() {
  x = 5;
  var