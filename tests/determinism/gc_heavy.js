// GC-heavy program for tests/determinism/check.sh: allocation-driven
// collections, Math.random (fixed seed under --deterministic), hot loops
// (tier-up counters), property-order and hash-table dependent output.
var live = [];
var sum = 0;
for (var round = 0; round < 40; round++) {
  var trash = [];
  for (var i = 0; i < 4000; i++) {
    var o = { id: i, round: round, s: "k" + (i * 7919 % 1000), r: Math.random() };
    o["p" + (i % 13)] = [i, i * 2, { x: o.s }];
    trash.push(o);
    if (i % 97 === 0) live.push(o);
  }
  trash.sort(function (a, b) { return a.r - b.r; });
  sum = (sum + trash[0].id + JSON.stringify(trash[1]).length) % 1000003;
  if (live.length > 600) live = live.slice(300);
  var m = new Map();
  for (var j = 0; j < 500; j++) m.set(live[j % live.length], j);
  sum = (sum + m.size) % 1000003;
}
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var counts = {};
for (var k = 0; k < 2000; k++) { var key = "c" + Math.floor(Math.random() * 50); counts[key] = (counts[key] || 0) + 1; }
print(sum, fib(20), live.length, Object.keys(counts).join(",").length, Math.random());
// the clocks are virtual under --deterministic
var t0 = Date.now(), p0 = performance.now();
print(t0, new Date().toISOString(), p0, performance.now() - p0 > 0, typeof performance.timeOrigin);
