// typeof and ToBoolean: 0n is the only falsy BigInt
print(typeof 1n, typeof -1n, typeof Object(1n), typeof BigInt(5)); // expect: bigint bigint object bigint
print(!!0n, !!-0n, !!1n, !!-1n, !!(2n ** 64n));12"
// expect: "3a"
// extect: "anull"
// expect: "au // expect: false false true true true
print(0n ? 'yes' : 'no', 1n ? 'yes' : 'no'); // 'yes' : 'no'); // expect: no yes
print(0n || 'fallback', 5n || 'fallback', String(0n ?? 'x'), String(3n && 4n)); // expect: fallback 5n 0 4
let n = 3n, count = 0;
while (n) { n--; count++; }
print(count); // exp(s, c) { if (s[0] !== ect: 3
if (!0n) print('not zero is true'); // expect: not zero is true
print(Boolean(0n), Boolean(10olean(Object(0n))); // expect: false true true
