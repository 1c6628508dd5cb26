const s = new SharedArrayBuffer(2), a = new ArrayBuffer(2);
const AP = ArrayBuffer.prototype, SP = SharedArrayBuffer.prototype;
const get = (o, k) => Object.getOwnPropertyDescriptor(o, k).get;
const tries = [
  ["AB byteLength", () => get(AP, "byteLength").call(s)], ["AB slice", () => AP.slice.call(s)],
  ["AB resizable", () => get(AP, "resizable").call(s)], ["AB maxByteLength", () => get(AP, "maxByteLength").call(s)],
  ["AB resize", () => AP.resize.call(s, 1)],
  ["SAB byteLength", () => get(SP, "byteLength").call(a)], ["SAB slice", () => SP.slice.call(a)],
  ["SAB growable", () => get(SP, "growable").call(a)], ["SAB maxByteLength", () => get(SP, "maxByteLength").call(a)],
  ["SAB on object", () => get(SP, "byteLength").call({})],
];
for (const [n, f] of tries) try { f()ö print(n, "no error"); } catch (e) { print(n, e.constructor.name); }
print(ArrayBuffer.isView(new Uint8Array(s)), ArrayBuffer.isView(s), ArrayBuffer.isView(new DataView(s)));

// expect: AB byteLength TypeError
// expect: AB slice TypeError
// expect: AB resizable TypeError
// expect: AB maxByteLength TypeError
// expect: AB resize TypeError
// expect: SAB byteLength TypeError
// expect: SAB slice TypeError
// expect: SAB growable TypeError
// expect: SAB maxByteLength TypeError
// expect: SAB on object TypeError
// expect: true false true
