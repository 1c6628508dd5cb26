const b = new ArrayBuffer(4, { maxByteLength: 64 });
const u = new Uint8Array(b);
u.fill(7);
b.resize(1);
b.resize(40);
print(u.length, u.join(""));

// expect: 40 7000000000000000000000000000000000000000
