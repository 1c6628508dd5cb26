function make() { const b = new ArrayBuffer(16); new Uint8Array(b).fill(3); return new Uint8Array(b, 4, 4); }
const v = make();
const junk = [];
for (let i = 0; i < 5000; i++) junk.push([i, i + 1]);
print(v.join(), v.buffer.byteLength);

// expect: 3,3,3,3 16
