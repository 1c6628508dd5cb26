// node: skip (V8 11.3 throws a TypeError where RevalidateAtomicAccess specifies a RangeError)
// RevalidateAtomicAccess: the buffer shrank or went away while the value was converted
const r = new ArrayBuffer(8, { maxByteLength: 8 });
const a = new Int8Array(r);
try { Atomics.store(a, 6, { valueOf() { r.resize(4); return 1; } }); } catch (e) { print(e.constructor.name); }
const fixed = new Int8Array(r, 0, 4);
try { Atomics.add(fixed, 0, { valueOf() { r.resize(2); return 1; } }); } catch (e) { print(e.constructor.name); }
r.resize(8);
print(Atomics.add(a, 7, { valueOf() { r.resize(8); return 2; } }), a[7]);


// expect: RangeError
// expect: TypeError
// expect: 0 2
