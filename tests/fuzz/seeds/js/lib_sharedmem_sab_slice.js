const s = new SharedArrayBuffer(6);
new Uint8Array(s).set([1, 2, 3, 4, 5, 6]);
const a = s.slice(1, 4), b = s.slice(-2), c = s.slice(4, 1);
print(a instanceof SharedArrayBuffer, new Uint8Array(a).join(), new Uint8Array(b).join(), c.byteLength, new Uint8Array(s.slice()).join());
new Uint8Array(a)[0] = 99;
print(new Uint8Array(s)[1]);
const g = new SharedArrayBuffer(2, { maxByteLength: 8 });
print(g.slice().growable, g.slice(0, 1).byteLength);

// expect: true 2,3,4 5,6 0 1,2,3,4,5,6
// expect: 2
// expect: false 1
