const b = new ArrayBuffer(0, { maxByteLength: 1 << 20 });
const u = new Uint8Array(b);
for (let n = 1; n <= 200; n++) {
  b.resize(n * 100);
  u[n * 100 - 1] = n & 255;
  const tmp = [];
  for (let j = 0; j < 20; j++) tmp.push({ j });
}
let s = 0;
for (let n = 1; n <= 200; n++) s += u[n * 100 - 1];
print(u.length, s);

// expect: 20000 20100
