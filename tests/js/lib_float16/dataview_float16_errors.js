// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const dv = new DataView(new ArrayBuffer(4));
print(DataView.prototype.getFloat16.length, DataView.prototype.setFloat16.length, DataView.prototype.getFloat16.name);
for (const f of [() => dv.getFloat16(3), () => dv.setFloat16(4, 1), () => dv.getFloat16(-1), () => DataView.prototype.getFloat16.call(new Uint8Array(4), 0), () => dv.setFloat16(0, Symbol())])
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
print(dv.setFloat16(2, "7"), dv.getFloat16(2), dv.getFloat16(2.9));
const d = Object.getOwnPropertyDescriptor(DataView.prototype, "setFloat16");
print(d.writable, d.enumerable, d.configurable);

// expect: 1 2 getFloat16
// expect: RangeError
// expect: RangeError
// expect: RangeError
// expect: TypeError
// expect: TypeError
// expect: undefined 7 7
// expect: true false true
