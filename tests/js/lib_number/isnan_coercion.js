var log = [];
print(isNaN({ valueOf() { log.push("v"); return 1; } }), isFinite({ valueOf() { log.push("f"); return Infinity; } }), log.join());
print(Number.isNaN({ valueOf() { log.push("nope"); return NaN; } }), log.join());
try { isNaN(Symbol()); } catch (e) { print(e.name); }
print(Number.isInteger(Symbol()), Number.isFinite(null));
// expect: false false v,f
// expect: false v,f
// expect: TypeError
// expect: false false
