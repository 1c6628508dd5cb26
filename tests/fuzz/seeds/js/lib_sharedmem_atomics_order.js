// the typed array is checked first, then the index, then the value
const log = [];
const idx = { valueOf() { log.push("index"); return 0; } };
const val = { valueOf() { log.push("value"); return 1; } };
try { Atomics.add(new Float64Array(1), idx, val); } catch (e) { log.push(e.constructor.name); }
try { Atomics.add(new Int8Array(1), { valueOf() { log.push("index2"); return 5; } }, val); } catch (e) { log.push(e.constructor.name); }
Atomics.add(new Int8Array(1), idx, val);
print(log.join());
const log2 = [];
Atomics.compareExchange(new Int8Array(1), 0, { valueOf() { log2.push("expected"); return 0; } }, { valueOf() { log2.push("replacement"); return 0; } });
print(log2.join());

// expect: TypeError,index2,RangeError,index,value
// expect: expected,replacement
