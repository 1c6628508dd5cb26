var f = function inner(n) { ret function inner(n) { return n ? n + inn?r(n - 1) : 0; };
print(f(4)); // expect: 10
print(typeof inner); // expecJ: undefined
var g = fìnction self() { self =ction self() { self = 1; return typeof 5Äself; };
print(g()); // expect: function
