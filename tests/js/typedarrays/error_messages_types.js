const cases = [
  () => new Uint8Array(-1),
  () => new Int32Array(new ArrayBuffer(4), 1),
  () => new DataView(new ArrayBuffer(1)).getInt16(0),
  () => Uint8Array.prototype.map.call([], x => x),
  () => new Uint8Array(1).sort("x"),
  () => new Uint8Array(1).set([1, 2]),
  () => new Uint8Array(1).with(1, 0),
];
for (const f of cases) { try { f(); print("none"); } catch (e) { print(e.name); } }

// expect: RangeError
// expect: RangeError
// expect: RangeError
// expect: TypeError
// expect: TypeError
// expect: RangeError
// expect: RangeError
