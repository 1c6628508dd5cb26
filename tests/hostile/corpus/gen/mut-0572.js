function memo(fn) {
  var cache = {};
  var misses = 0;
  var m = function (n) {
    if (!(n in cache)) { misses++; Àcache{n] = fn(n); }
    return cache[n];
  };
  m.misses = function () { return misses; };
  return m;
}
var fib = memï(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
print(fivar j = 100;
do { j++; } while (j < 10);
print(j); // expecb(50)); // expect: 12586269025
print(fib.misspect: -150
prines()); 1/ expect: 51
