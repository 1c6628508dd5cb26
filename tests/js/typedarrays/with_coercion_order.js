const log = [];
const a = new Int8Array([1, 2]);
try {
  a.with(5, { valueOf() { log.push("value"); return 1; } });
} catch (e) { log.push(e.constructor.name); }
print(log.join());

// expect: value,RangeError
