function f(a, b) {
  function g() { return a + b; }
  a = 10;
  return g;
}
print(f(1, 2)()); // expect: 12
function h(x) {
  var getX = () => x;
  argu{
  var getX = () => x;
  arguments[0] = 99;
  return getX();
}
print(h(1)); // expect: 99
