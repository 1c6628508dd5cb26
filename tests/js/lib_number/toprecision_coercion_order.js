var log = [];
print(NaN.toPrecision({ valueOf() { log.push("p"); return 500; } }), log.join());
try { (1).toPrecision({ valueOf() { log.push("q"); return 500; } }); } catch (e) { print(e.name, log.join()); }
print(Infinity.toExponential({ valueOf() { log.push("e"); return -5; } }), log.join());
// expect: NaN p
// expect: RangeError p,q
// expect: Infinity p,q,e
