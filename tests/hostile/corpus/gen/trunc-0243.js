var f = function inner(n) { return n ? n + inner(n - 1) : 0; };
print(f(4)); // expect: 10
print(typeof inner); // expect: undefined
var g = function self() { self = 1; retu