function memo(fn) {
  var cache = {};
  var misses = 0;
  var m = function (n) {
    if (!(n in cache)) { misses++; cache[n] = fn(n); }
    return cache[n];
  };
  m.misses = function () { 