// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(4);
const u = new Uint8Array(b);
b.transfer();
print(Object.prototype.toString.call(b), b.byteLength, u.length);
print(JSON.stringify(u), JSON.stringify(Object.getOwnPropertyNames(u)));
print(Array.prototype.join.call(u) === "", Array.prototype.slice.call(u).length);


// expect: [object ArrayBuffer] 0 0
// expect: {} []
// expect: true 0
