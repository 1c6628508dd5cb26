// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations from the spec's property definitions)
function desc(o, k) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    return [k, typeof d.value, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable].join(" ");
}
for (const k of ["fromBase64", "fromHex"]) print(desc(Uint8Array, k));
for (const k of ["toBase64", "toHex", "setFromBase64", "setFromHex"]) print(desc(Uint8Array.prototype, k));
print(Object.getOwnPropertyNames(Uint8Array.prototype).join());
print(Object.getOwnPropertyNames(Uint8Array).sort().join());
// only Uint8Array has them: not %TypedArray%, not the other kinds
const TA = Object.getPrototypeOf(Int8Array);
print("fromBase64" in TA, "toHex" in TA.prototype, "fromHex" in Uint8ClampedArray, Int8Array.prototype.toBase64);
// none is a constructor
for (const f of [Uint8Array.fromBase64, Uint8Array.fromHex, Uint8Array.prototype.toHex, Uint8Array.prototype.setFromHex]) {
    try { new f(""); print("constructed"); } catch (e) { print(f.name, e.constructor.name); }
}
// the statics ignore their this value and always make a plain Uint8Array
class Sub extends Uint8Array {}
const a = Sub.fromHex("0102"), b = Uint8Array.fromBase64.call(undefined, "AQI=");
print(a instanceof Sub, a.constructor === Uint8Array, b.join(), Sub.fromBase64 === Uint8Array.fromBase64);
// a subclass instance is a Uint8Array receiver
const s = new Sub(2);
s.setFromHex("ff01");
print(s.toHex(), s.toBase64());

// expect: fromBase64 function fromBase64 1 true false true
// expect: fromHex function fromHex 1 true false true
// expect: toBase64 function toBase64 0 true false true
// expect: toHex function toHex 0 true false true
// expect: setFromBase64 function setFromBase64 1 true false true
// expect: setFromHex function setFromHex 1 true false true
// expect: constructor,BYTES_PER_ELEMENT,toBase64,toHex,setFromBase64,setFromHex
// expect: BYTES_PER_ELEMENT,fromBase64,fromHex,length,name,prototype
// expect: false false false undefined
// expect: fromBase64 TypeError
// expect: fromHex TypeError
// expect: toHex TypeError
// expect: setFromHex TypeError
// expect: false true 1,2 true
// expect: ff01 /wE=
