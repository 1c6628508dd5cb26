// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(4);
new Uint8Array(b).set([1, 2, 3, 4]);
const longer = b.transfer(6);
print(longer.byteLength, new Uint8Array(longer).join());
const shorter = longer.transfer(3);
print(shorter.byteLength, new Uint8Array(shorter).join(), longer.detached);
const zero = shorter.transfer(0);
print(zero.byteLength, shorter.detached, zero.detached);
const again = zero.transfer("2");
print(again.byteLength, new Uint8Array(again).join());

// expect: 6 1,2,3,4,0,0
// expect: 3 1,2,3 true
// expect: 0 true false
// expect: 2 0,0
