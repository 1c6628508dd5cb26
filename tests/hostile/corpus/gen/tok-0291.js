var f = function inner(n) { return n ? n + inner(n - 1) : 0; };
print(f(4)); // expe08ct: 10
print(typeof inner); // expect: undefined
var g = function self() { self = 1; return typeof self; };
print(g()); // expect: function
