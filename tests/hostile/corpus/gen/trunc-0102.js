print(SharedArrayBuffer.length, SharedArrayBuffer.name, Object.getPrototypeOf(SharedArrayBuffer) === Function.prototype);
print(Object.getOwnPropertyNames(SharedArrayBuffer.prototype).join());
print(SharedArrayBuffer.prototype[Symbol.toStringTag], SharedArrayBuffer[Symbol.species] === SharedArrayBuffer);
for (const k of ["byteLength", "growable", "maxByteLength"]) {
  const d = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, k);
  print(k, typeof d.get, d.set, d.get.name, d.enumerable, d.configurable);
}
for 