var log = [];
var a = { valueOf() { log.push("a"); return NaN; } }, b = { valueOf() { log.push("b"); return 1; } };
print(Math.max(a, b), log.join());
log = [];
print(Math.min(a, b), log.join());
log = [];
print(Math.hypot(a, b), log.join());
log = [];
try { Math.max(1, { valueOf() { throw new RangeError("x"); } }, b); } catch (e) { print(e.name, log.length); }
// expect: NaN a,b
// expect: NaN a,b
// expect: NaN a,b
// expect: RangeError 0
