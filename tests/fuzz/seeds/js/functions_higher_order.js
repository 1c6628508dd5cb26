function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (x) { return x + 1; };
var dbl = function (x) { return x * 2; };
print(compose(inc, dbl)(5)); // expect: 11
print(compose(dbl, inc)(5)); // expect: 12
function times(n, fn) { for (var i = 0; i < n; i++) fn(i); }
var acc = [];
times(3, function (i) { acc.push(i * i); });
print(acc.join()); // expect: 0,1,4
function curry(fn) {
  return function a(x) { return function (y) { return fn(x, y); }; };
}
print(curry(function (x, y) { return x - y; })(10)(3)); // expect: 7
