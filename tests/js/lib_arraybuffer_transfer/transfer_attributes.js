// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const P = ArrayBuffer.prototype;
for (const k of ["transfer", "transferToFixedLength"]) {
  const d = Object.getOwnPropertyDescriptor(P, k);
  print(k, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
const d = Object.getOwnPropertyDescriptor(P, "detached");
print(typeof d.get, d.set, d.get.name, d.get.length, d.enumerable, d.configurable);
try { new P.transfer(); } catch (e) { print(e.constructor.name); }

// expect: transfer 0 transfer true false true
// expect: transferToFixedLength 0 transferToFixedLength true false true
// expect: function undefined get detached 0 false true
// expect: TypeError
