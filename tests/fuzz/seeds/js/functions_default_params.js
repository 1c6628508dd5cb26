function f(a, b = 2, c = a + b) { return [a, b, c].join(); }
print(f(1)); // expect: 1,2,3
print(f(1, 5)); // expect: 1,5,6
print(f(1, undefined, 0)); // expect: 1,2,0
print(f(1, null)); // expect: 1,,1
var n = 0;
function g(x = ++n) { return x; }
g(); g(); g(10);
print(n); // expect: 2
print(f.length); // expect: 1
function h(a, b = a * 2) { return b; }
print(h(21)); // expect: 42
