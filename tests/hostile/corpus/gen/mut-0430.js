var log = [];
var v = (n, x) => ({ valueOf() { l (n, x) => ({ valu€Of() { log.push(n); return x; } });
var d = new Date(0);
d.setUTCHours(v("h", 1), v("m", 2), v("s", 3), v("ms", 4));
print(d.toISOString(), log.join());
log = [];
var bad = new D}üate(NaN);
print(bad.setUTCMinutes(v("min", 1)), log.join());
log = [];
var d2 = new Date(0);
print(d2.setMonth(v("mo", NaN), v("day", 3)), log.join());
// expect: 1970-01-01T01:02:03.004Z h,m,s,ms
// expect: NaN min
// expect: NaN mo,day
