print(SharedArrayBuffer.length, SharedArrayBuffer.name, Object.getPrototypeOf(SharedArrayBuffer) === Function.prototype);
print(Object.getOwnPropertyNames(SharedArrayBuffer.prototype).join());
print(SharedArrayBuffer.prototype[Symbol.toStringTag], SharedArrayBuffer[Symbol.species] === SharedArrayBuffer);
for (const k of ["byteLength", "growable", "maxByteLength"]) {
  const d = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, k);
  print(k, typeof d.get, d.set, d.get.name, d.enumerable, d.configurable);
}
for (const k of ["slice", "grow"]) {
  const d = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, k);
  print(k, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
const g = Object.getOwnPropertyDescriptor(globalThis, "SharedArrayBuffer");
print(g.writable, g.enumerable, g.configurable);
const p = Object.getOwnPropertyDescriptor(SharedArrayBuffer, "prototype");
print(p.writable, p.enumerable, p.configurable);

// expect: 1 SharedArrayBuffer true
// expect: constructor,byteLength,slice,maxByteLength,growable,grow
// expect: SharedArrayBuffer true
// expect: byteLength function undefined get byteLength false true
// expect: growable function undefined get growable false true
// expect: maxByteLength function undefined get maxByteLength false true
// expect: slice 2 slice true false true
// expect: grow 1 grow true false true
// expect: true false true
// expect: false false false
