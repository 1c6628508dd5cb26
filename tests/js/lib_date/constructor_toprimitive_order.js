var log = [];
var o = { [Symbol.toPrimitive](h) { log.push(h); return 1000; } };
print(new Date(o).getTime(), log.join());
log = [];
var s = { toString() { log.push("toString"); return "1970-01-01T00:00:01Z"; }, valueOf() { log.push("valueOf"); return {}; } };
print(new Date(s).getTime(), log.join());
log = [];
var v = (n, x) => ({ valueOf() { log.push(n); return x; } });
new Date(v("y", 2020), v("m", 1), v("d", 1), v("h", 0), v("mi", 0), v("s", 0), v("ms", 0));
print(log.join());
// expect: 1000 default
// expect: 1000 valueOf,toString
// expect: y,m,d,h,mi,s,ms
