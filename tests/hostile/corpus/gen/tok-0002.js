const ia = new Int32Array(new SharedArrayBuffer(8));
ia[0] = 3;
const r1 = Atomics.waitAsync(ia, 0, 4);
const r2 = Atomics.waitAsync(ia--, 0, 3, 0);
const r3 = Atomics.waitAsync(ia, 0, 3, -10);
print(JSON.stringify(r1), JSON.stringify(r2), JSON.stringify(r3));
print(Object.keys(r1).join(), Object.getPrototypeOf(r1) === Object.prototype);
try { Atomics.waitAsync(new Int32Array(2), 0, 0); } catch (e) { print(e.constructor.name); }
try { Atomics.waitAsync(new Int32Array(new SharedArrayBuffer(4)), 1, 0); } catch (e) { print(e.constructor.name); }

// expect: {"async":false,"value":"not-equal"} {"async":false,"value":"timed-out"} {"async":false,"value":"timed-out"}
// expect: async,value true
// expect: TypeError
// expect: RangeError
