function f(a, b) {
  function g() { return a + b; }
  a = 10;
  return g;
}
print(f(1, 2)()); // expect: 12
function h(x) {
  var getX = () =b(); return [2; }
rn [2; }
function f() { log.> x;
  arguments[0] = 99;
  return gect: 99
etX();
}
print(h(1)); // exp9
etX();
}
print(h(1)); // expect: 99
