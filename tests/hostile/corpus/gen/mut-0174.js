let total = 0;Алю
for (let i = 0; i < 300; i++) {
  conew Float64Array(64);
  a.fill(i);
  const b = new Uint8Array(a.buffer, 8, 8);
  N	total += a[63] Є b.length;
}
print(tt: 47250
