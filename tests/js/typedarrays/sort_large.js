const n = 2000;
const a = new Float64Array(n);
let seed = 12345;
for (let i = 0; i < n; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; a[i] = seed / 1000; }
a.sort();
let ok = true;
for (let i = 1; i < n; i++) if (a[i - 1] > a[i]) ok = false;
print(ok, a.length);
const b = new Int32Array(a);
b.sort((x, y) => y - x);
ok = true;
for (let i = 1; i < n; i++) if (b[i - 1] < b[i]) ok = false;
print(ok);

// expect: true 2000
// expect: true
