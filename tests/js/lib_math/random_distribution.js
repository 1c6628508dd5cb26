var n = 20000, sum = 0, buckets = [0, 0, 0, 0];
for (var i = 0; i < n; i++) { var r = Math.random(); sum += r; buckets[Math.floor(r * 4)]++; }
print(Math.abs(sum / n - 0.5) < 0.02, buckets.every(b => Math.abs(b - n / 4) < n / 20));
var seen = new Set(); for (var j = 0; j < 1000; j++) seen.add(Math.random());
print(seen.size > 990);
// expect: true true
// expect: true
