function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (x) { return x + 1; };
