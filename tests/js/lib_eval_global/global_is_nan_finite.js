// isNaN/isFinite coerce, Number.isNaN/isFinite do not
print(isNaN('abc'), Number.isNaN('abc'), isNaN(undefined), isNaN(null), isNaN('')); // expect: true false true false false
print(isFinite('12'), Number.isFinite('12'), isFinite(null), isFinite(Infinity)); // expect: true false true false
try { isNaN(Symbol()); } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
isNaN({ valueOf() { log.push('v'); return 1; } });
print(log.join()); // expect: v
