// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(8);
const dv = new DataView(b, 2, 4);
b.transfer();
print(dv.buffer === b);
for (const f of [() => dv.byteLength, () => dv.byteOffset, () => dv.getInt8(0), () => dv.setFloat64(0, 1), () => dv.getUint32(100)])
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
// ToIndex of the request index comes first: a negative one is a RangeError even when detached
try { dv.getInt8(-1); } catch (e) { print(e.constructor.name); }
// the value is converted before the detached check
const log = [];
try { dv.setInt8(0, { valueOf() { log.push("v"); return 1; } }); } catch (e) { log.push(e.constructor.name); }
print(log.join());
try { new DataView(b); } catch (e) { print(e.constructor.name); }
try { new DataView(b, 0, 0); } catch (e) { print(e.constructor.name); }

// expect: true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: RangeError
// expect: v,TypeError
// expect: TypeError
// expect: TypeError
