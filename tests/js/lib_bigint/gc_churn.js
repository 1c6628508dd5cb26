// many short-lived BigInts of growing size survive collections intact
const keep = [];
let x = 1n;
for (let i = 0; i < 2000; i++) {
  x = x * 3n + BigInt(i);
  if (i % 300 === 0) keep.push(x);
  const tmp = [x >> 5n, x & 0xffffn, -x, x % 1000003n];
  if (tmp[3] < 0n) print('negative remainder');
}
print(keep.length, keep.map(v => v.toString(36).length).join()); // expect: 7 1,93,185,277,369,461,553
print(String(x % 1000000007n), x.toString(16).slice(0, 16), x.toString().length); // expect: 100188230 4bf28bcb88edf42e 955
const m = new Map();
for (let i = 0n; i < 1000n; i++) m.set(i ** 3n, String(i));
let ok = 0;
for (let i = 0n; i < 1000n; i++) if (m.get(i ** 3n) === String(i)) ok++;
print(ok, m.size); // expect: 1000 1000
const ta = new BigInt64Array(1000);
for (let i = 0; i < 1000; i++) ta[i] = BigInt(i) * 2n ** 40n - 7n;
let s = 0n;
for (const v of ta) s += v;
print(String(s)); // expect: 549206058074105000
