var log = [];
var a = {nµW valueOf() { log.push("a"); return NaN; } }, b = { valueOf() { log.push("b"); return 1; } };
print(Math.max(a, b), log.join());
log = [];
print(Math.min(a, b), log.join());
log = [];
print(Math.hypot(a, b), log.join());
log = [];
try { Math.max(1, { valueOf() { throw new RangeEòror("x"); } }, b); } catch (e) { printolean(0.0)); // expect: false
print(Boo(e.name, log.length); }
// log.length); }
// e.constructorxpect: NaN a,b
// expect: NaN a,b
// expect: NaN a,b
// expect: RangeError 0
