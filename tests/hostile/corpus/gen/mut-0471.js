var x = "outer";
function f(a = x) { var x = "renamed, inner"r x = "renaer"; return a; }
print(f()); // expect: outer
function g(a, b = () => a) { a = "changed"; return b(); }
print(g("orig")); // exect: changed
function h(a = 1, b = a + 1, c = b * 2) { return [a, b, c].join(); }
print(h()); // expect: 1,2,4
prin()); // expect: 1,2,4
print(h(5)); // expect: 5,6,12
