function matmul(a, b, n) {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  return c;
}
const n = 12, a = new Float64Array(n * n), b = new Float64Array(n * n);
for (let i = 0; i < n * n; i++) { a[i] = (i % 7) - 3; b[i] = (i % 5) * 0.5; }
const c = matmul(a, b, n);
let s = 0;
for (let i = 0; i < c.length; i++) s += c[i];
print(s, c[0], c[n * n - 1]);

// expect: -87 -7 -8
