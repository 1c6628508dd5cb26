// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const r = new ArrayBuffer(4, { maxByteLength: 16 });
new Uint8Array(r).set([9, 8, 7, 6]);
const r2 = r.transfer(10);
print(r2.resizable, r2.maxByteLength, r2.byteLength, new Uint8Array(r2).join());
r2.resize(12);
print(r2.byteLength, new Uint8Array(r2).join());
const r3 = r2.transfer();
print(r3.resizable, r3.maxByteLength, r3.byteLength);
const f = r3.transferToFixedLength();
print(f.resizable, f.maxByteLength, f.byteLength, new Uint8Array(f).slice(0, 4).join());
const g = f.transferToFixedLength(2);
print(g.resizable, g.byteLength, new Uint8Array(g).join());

// expect: true 16 10 9,8,7,6,0,0,0,0,0,0
// expect: 12 9,8,7,6,0,0,0,0,0,0,0,0
// expect: true 16 12
// expect: false 12 12 9,8,7,6
// expect: false 2 9,8
