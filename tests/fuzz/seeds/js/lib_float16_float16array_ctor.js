// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const a = new Float16Array([1, 2.5, 1 / 3, 1e5, -0, NaN]);
print(a.length, a.byteLength, a[2], a[3], Object.is(a[4], -0), a[5]);
print(Float16Array.name, Float16Array.length, Float16Array.BYTES_PER_ELEMENT, Float16Array.prototype.BYTES_PER_ELEMENT);
print(Object.getPrototypeOf(Float16Array) === Object.getPrototypeOf(Int8Array));
print(Object.getPrototypeOf(Float16Array.prototype) === Object.getPrototypeOf(Int8Array.prototype));
print(new Float16Array(3).join(), new Float16Array(new ArrayBuffer(8), 2).length, new Float16Array(new ArrayBuffer(8), 2, 1).length);
try { Float16Array(2); } catch (e) { print(e.constructor.name); }
try { new Float16Array(new ArrayBuffer(8), 1); } catch (e) { print(e.constructor.name); }
try { new Float16Array(new ArrayBuffer(7)); } catch (e) { print(e.constructor.name); }

// expect: 6 12 0.333251953125 Infinity true NaN
// expect: Float16Array 3 2 2
// expect: true
// expect: true
// expect: 0,0,0 3 1
// expect: TypeError
// expect: RangeError
// expect: RangeError
