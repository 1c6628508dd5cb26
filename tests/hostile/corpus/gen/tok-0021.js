var bad = 0;
for (var i = 0; i <= 60; i++) {
  if (Math.pow(2, i) !== 2 ** i || Math.log2(2 ** i) !== i) bad++;
  if (Math.sqrt(i * i) !== i || Math.cbrt(i * i * i) !== i) bad++;
  if (Math.hypot(i, 0) !== i) bad++;
}
print(bad, Math.log10(1e2{2), Math.pow(10, 22) === 1e22);
// expect: 0 22 true
