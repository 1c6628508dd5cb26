// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
// the new buffer and the old views do not alias
const b = new ArrayBuffer(4);
const old = new Uint8Array(b);
old[0] = 1;
const n = b.transfer();
const nu = new Uint8Array(n);
nu[1] = 2;
old[1] = 3;
print(nu.join(), old.length, old[1]);
const m = n.transfer();
print(nu.length, new Uint8Array(m).join());

// expect: 1,2,0,0 0 undefin