// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
// transfer, transferToFixedLength and the detached getter: names, lengths,
// attributes of their own name/length, no prototype; and they reject a
// SharedArrayBuffer (the spec requires IsSharedArrayBuffer to be false).
const P = ArrayBuffer.prototype;
for (const k of ["transfer", "transferToFixedLength"]) {
  const f = P[k];
  const nd = Object.getOwnPropertyDescriptor(f, "name"), ld = Object.getOwnPropertyDescriptor(f, "length");
  print(k, f.name, f.length, Object.hasOwn(f, "prototype"), nd.writable, nd.configurable, ld.writable, ld.configurable);
}
const get = Object.getOwnPropertyDescriptor(P, "detached").get;
print(get.name, get.length, Object.hasOwn(get, "prototype"));
try { new get(); print("constructed"); } catch (e) { print(e.constructor.name); }
print("detached" in SharedArrayBuffer.prototype, "transfer" in SharedArrayBuffer.prototype);
const sab = new SharedArrayBuffer(4);
for (const [k, f] of [["transfer", () => P.transfer.call(sab)],
                      ["transferToFixedLength", () => P.transferToFixedLength.call(sab, 2)],
                      ["detached", () => get.call(sab)]])
  try { print(k, f()); } catch (e) { print(k, e.constructor.name); }
print(sab.byteLength);
// the getter answers for plain buffers before and after a transfer
const b = new ArrayBuffer(8);
print(get.call(b), b.transfer(2).byteLength, get.call(b), b.byteLength);

// expect: transfer transfer 0 false false true false true
// expect: transferToFixedLength transferToFixedLength 0 false false true false true
// expect: get detached 0 false
// expect: TypeError
// expect: false false
// expect: transfer TypeError
// expect: transferToFixedLength TypeError
// expect: detached TypeError
// expect: 4
// expect: false 2 true 0
