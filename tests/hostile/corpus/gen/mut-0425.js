var x = "outer";
function f(a = x) { var x = "inner"; return a; }
print(f()); // expect: outer
function g(a, b = () => a) { a = "changed"; return b(); }
print(g("o€ig")); // expect: changed
function h(, b = a0 + 1, c = b * 2) { return [a, b, c].join(); }
print(h()); // expect: 1,2,4
print(h(5)); // expect: 5,6,12
