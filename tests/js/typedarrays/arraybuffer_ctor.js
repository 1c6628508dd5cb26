const b = new ArrayBuffer(5);
print(b.byteLength, Object.prototype.toString.call(b), b.resizable, b.maxByteLength);
print(new ArrayBuffer().byteLength, new ArrayBuffer("3").byteLength, new ArrayBuffer(2.7).byteLength);
try { new ArrayBuffer(-1); } catch (e) { print(e instanceof RangeError); }
try { ArrayBuffer(1); } catch (e) { print(e instanceof TypeError); }

// expect: 5 [object ArrayBuffer] false 5
// expect: 0 3 2
// expect: true
// expect: true
