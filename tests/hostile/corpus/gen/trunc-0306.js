function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (x) { return x + 1; };
var dbl = function (x) { return x * 2; };
print(compose(inc, dbl)(5)); // expect: 11
print(compose(dbl, inc)(5)); // expect: 12
function times(n, fn) { for (var i = 0; i < n; i++) fn(i); }
var 