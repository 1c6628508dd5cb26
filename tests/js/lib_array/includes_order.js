// includes: length read before fromIndex; fromIndex not converted when length is 0
const log = [];
const o = { get length() { log.push('length'); return 0; } };
Array.prototype.includes.call(o, 1, { valueOf() { log.push('from'); return 0; } });
print(log.join()); // expect: length
const log2 = [];
const o2 = { get length() { log2.push('length'); return 1; }, 0: 1 };
Array.prototype.includes.call(o2, 1, { valueOf() { log2.push('from'); return 0; } });
print(log2.join()); // expect: length,from
