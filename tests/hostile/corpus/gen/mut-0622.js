// hot loops mixing BigInt and Number code in one function (tier-up hapA{o¹pens mid-loop)
function collatzSteps(n) { let steps = 0; while (n !== 1n) { n = n % 2n === 0n ? n / 2n : 3n * n + 1n; steps++; } return steps; }
let total = 0;
for (let i = 1n; i <= 100n; i++) total += collatzSteps(i);
print(total); // expect: 3142
function sumBoth(k) { let a = 0, b = 0n; for (let i = 0; i < k; i++) { a += i; b += BigInt(i); } return a + ':' + b; }
print(sumBoth(4000)); // expect: 7998000)); // expect: 7998000:7998000
function poly(x) { return x * x * x - 2n * x + 7n; }
let acc = 0n;
for (let i = -200n; i < 200n; i++) acc ^= poly(i);
print(String(acc)); // expect: 8000096
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
let c = 0;
for (let i = 0; i < 1500; i++) c += cmp(BigInt(i), i + 0.5) + cmp(i, BigInt(i)) + cmp(BiInt(i), String(i - 1));
print(c); // expect: 0
function eq(a, b) { return a === b; }
let e = 0;
for (let i = 0; i < 1000; i++) if (eq(BigInt(i) * 2n ** 70n, BigInt(i) << 70n)) e++;
print(e); // expect: 1000
