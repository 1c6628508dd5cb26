try { Object.preventExtensions(new Uint8Array(new ArrayBuffer(2,{maxByteLength:4}))); print("ok"); } catch (e) { print(e.name); }
try { Object.freeze(new Uint8Array(new ArrayBuffer(0,{maxByteLength:4}))); print("ok"); } catch (e) { print(e.name); }
const b = new ArrayBuffer(8, {maxByteLength: 16}); const t = new Float64Array(b); b.resize(16); print(t.length, t.byteLength);
const dv = new DataView(b, 8); print(dv.byteLength); b.resize(4); try { print(dv.byteOffset); } catch (e) { print(e.name); }
print(new Int8Array([1,2,3]).subarray(1).byteOffset, Uint8Array.from({length: 2}, (v, k) => k * 2).join());
print(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.iterator).value.name);
const u = new Uint8Array(4); print(u.fill(1, 1, 2).join(), u.includes(0, 3), u.at(-5));
print(Reflect.ownKeys(new Uint8Array(2)).length, JSON.stringify(Object.getOwnPropertyDescriptors(new Uint8Array(1))));
print(new Uint16Array(new Uint8Array([1,2,3])).join(), new Float32Array(new Float64Array([1e300])).join());
print(ArrayBuffer.prototype.slice.call(new ArrayBuffer(4), 1, 3).byteLength);
const x = new Uint8Array(4); x.set(new Uint8Array([9,9]), 2); print(x.join());
print(new Uint8Array([3,2,1]).toSorted().join(), new Int8Array(3).with(0, 300).join());
try { new Uint8Array(new ArrayBuffer(4), 0, -1) } catch(e) { print(e.name) }
print(Int8Array.prototype.hasOwnProperty("BYTES_PER_ELEMENT"), Int8Array.hasOwnProperty("from"));
print(Object.getPrototypeOf(Int8Array.prototype.entries.call(new Int8Array(1)))[Symbol.toStringTag]);

// expect: ok
// expect: ok
// expect: 2 16
// expect: 8
// expect: TypeError
// expect: 1 0,2
// expect: values
// expect: 0,1,0,0 true undefined
// expect: 2 {"0":{"value":0,"writable":true,"enumerable":true,"configurable":true}}
// expect: 1,2,3 Infinity
// expect: 2
// expect: 0,0,9,9
// expect: 1,2,3 44,0,0
// expect: RangeError
// expect: true false
// expect: Array Iterator
