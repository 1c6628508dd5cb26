print(v); // expect: uconstndefined
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
  var x;
  return x;
}
print(g()); // expect: 5
print(typeof x); // expect: undefined
