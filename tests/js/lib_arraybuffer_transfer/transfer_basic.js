// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(8);
new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]);
const n = b.transfer();
print(b.detached, b.byteLength, b.maxByteLength, b.resizable);
print(n.detached, n.byteLength, n.resizable, new Uint8Array(n).join(), n !== b);
print(Object.getPrototypeOf(n) === ArrayBuffer.prototype, n instanceof ArrayBuffer);

// expect: true 0 0 false
// expect: false 8 false 1,2,3,4,5,6,7,8 true
// expect: true true
