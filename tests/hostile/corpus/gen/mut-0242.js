let total = 0;
for (let i = 0; i < 300; i++) {
  const a = new Float64Array(64);
  a.fill(i);
  const b = new Uint8Array(a.buffer, 8, 8);
  total += a[63] + b.length;
}
print(total);

// expect: 4725