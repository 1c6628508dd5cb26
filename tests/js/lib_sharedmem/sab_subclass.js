class S extends SharedArrayBuffer { tag() { return "S" + this.byteLength; } }
const s = new S(3);
print(s.tag(), s instanceof SharedArrayBuffer, Object.prototype.toString.call(s), S[Symbol.species] === S);
const p = Reflect.construct(SharedArrayBuffer, [2], Array);
print(Object.getPrototypeOf(p) === Array.prototype, SharedArrayBuffer.prototype.slice.call(new S(4), 1) instanceof S);

// expect: S3 true [object SharedArrayBuffer] true
// expect: true true
