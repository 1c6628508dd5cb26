// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(8);
const u = new Uint8Array(b);
b.transfer();
for (const f of [() => new Uint8Array(b), () => new Int16Array(b, 0, 0), () => new Float64Array(u), () => new Uint8Array(u.buffer, 0), () => u.subarray(0, 0)])
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
try { Array.from(u); } catch (e) { print("Array.from", e.constructor.name); }
print(Array.prototype.map.call(u, (x) => x).length, Array.from({ length: u.length }).length);


// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: Array.from TypeError
// expect: 0 0
