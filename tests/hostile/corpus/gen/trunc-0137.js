var log = [];
var v = (n, x) => ({ valueOf() { log.push(n); return x; } });
var d = new Date(0);
d.setUTCHours(v("h", 1), v("m", 2), v("s", 3), v("ms", 4));
print(d.toISOString(), log.join());
log = [];
var bad = new Date(NaN);
print(bad.setUTCMinutes(v("min", 1)), l