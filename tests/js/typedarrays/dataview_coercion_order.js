const log = [];
const d = new DataView(new ArrayBuffer(4));
try {
  d.setUint8({ valueOf() { log.push("index"); return 10; } }, { valueOf() { log.push("value"); return 1; } });
} catch (e) { log.push(e.constructor.name); }
print(log.join());

// expect: index,value,RangeError
