// hot loops mixing BigInt and Number code in one function (tier-up happens mid-loop)
function collatzSteps(n) { let steps = 0; while (n !== 1n) { n = n % 2n === 0n ? n / 2n : 3n * n + 1n; steps++; } return steps; }
let total = 0;
for (let i = 1n; i <= 100n; i++) total += collatzSteps(i);
print(total); // expect: 3142
function sumBoth(k) { let a = 0, b = 0n; for (let i = 0; i < k; i++) { a += i; b += BigInt(i); } return a + ':' + b; }
print(sumBoth(4000)); // expect: 7998000:7998000
function poly(x) { return x * x * x - 2n * x + 7n; }
let acc = 0n;
for (let i = -200n; i < 200n; i++) acc ^= poly(i);
print(String(acc)); // expect: 8000096
function cmp(a, b)