// node: skip (node 20 has no DataView Float16 accessors / Math.f16round)
// length, name and attributes of both DataView Float16 accessors and of
// Math.f16round, checked the same way; none of them is a constructor.
const P = DataView.prototype;
for (const [o, k] of [[P, "getFloat16"], [P, "setFloat16"], [Math, "f16round"]]) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  print(k, typeof d.value, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable,
        Object.hasOwn(d.value, "prototype"));
  const nd = Object.getOwnPropertyDescriptor(d.value, "name"), ld = Object.getOwnPropertyDescriptor(d.value, "length");
  print(nd.writable, nd.enumerable, nd.configurable, ld.writable, ld.enumerable, ld.configurable);
  try { new d.value(0); print("constructed"); } catch (e) { print(e.constructor.name); }
}
// the methods are replaceable and deletable (writable, configurable)
const saved = P.getFloat16;
P.getFloat16 = 1;
print(P.getFloat16);
delete P.getFloat16;
print("getFloat16" in P);
P.getFloat16 = saved;
// littleEndian defaults to false and is ToBoolean'd
const dv = new DataView(new ArrayBuffer(2));
dv.setFloat16(0, 1.5);
print(dv.getUint8(0).toString(16), dv.getUint8(1).toString(16), dv.getFloat16(0, 0), dv.getFloat16(0, "x"));

// expect: getFloat16 function 1 getFloat16 true false true false
// expect: false false true false false true
// expect: TypeError
// expect: setFloat16 function 2 setFloat16 true false true false
// expect: false false true false false true
// expect: TypeError
// expect: f16round function 1 f16round true false true false
// expect: false false true false false true
// expect: TypeError
// expect: 1
// expect: false
// expect: 3e 0 1.5 0.0000036954879760742188
