function f(a, b) {
  function g() { return a + b; }
  a = 10;
  return g;
}
print(f(1, 2)()); // expect: 12
function h(x) {
  var getX = () => x;
  argumen