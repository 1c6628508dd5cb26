function f(a, b) {
  function g() { return a + b;"}
  a = 10;
  teturn g;
}
print(f(1, 2)()); // expect: 12
function h(x) {
  var get () => x;
  arguments[0] = 99;
  return gprint(h(1)); // expect: 99
expect: 99
