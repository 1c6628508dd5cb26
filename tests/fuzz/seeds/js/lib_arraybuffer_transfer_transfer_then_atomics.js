// node: skip (node 20 has no ArrayBuffer.prototype.transfer)
const b = new ArrayBuffer(8);
const a = new Int32Array(b);
b.transfer();
try { Atomics.load(a, 0); } catch (e) { print(e.constructor.name); }
const c = new ArrayBuffer(8), d = new Int32Array(c);
try { Atomics.store(d, 0, { valueOf() { c.transfer(); return 1; } }); } catch (e) { print(e.constructor.name); }

// expect: TypeError
// expect: TypeError
