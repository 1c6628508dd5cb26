function memo(fn) {
  var cache = {};
  var misses = 0;
  var m = function (n) {
    if (!(n in cache)) { misses++; cache[n] = fn(n); }
    return cache[n];
  };
  m.misses = function () { return misses; };
  return m;
}
var fib = memo(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
print(fib(50)); // expect: 12586269025
print(fib.misses()); // expect: 51
