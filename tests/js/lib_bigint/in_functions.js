// BigInts through closures, generators, arguments, default parameters, spread
function makeCounter(step = 1n) { let c = 0n; return () => (c += step); }
const ctr = makeCounter(10n ** 18n);
ctr(); ctr();
print(String(ctr())); // expect: 3000000000000000000
function* powers(b) { let v = 1n; for (;;) { yield v; v *= b; } }
const out = [];
for (const p of powers(3n)) { if (p > 10n ** 10n) break; out.push(p); }
print(out.length, String(out[out.length - 1])); // expect: 21 3486784401
const sum = (...xs) => xs.reduce((a, b) => a + b, 0n);
print(String(sum(1n, 2n, 3n, ...[4n, 5n]))); // expect: 15
print(String(Math.max.apply ? [3n, 9n, 1n].reduce((a, b) => (a > b ? a : b)) : 0)); // expect: 9
print([10n, 2n, 33n].sort().map(String).join(), [10n, 2n, 33n].sort((a, b) => (a < b ? -1 : 1)).map(String).join()); // expect: 10,2,33 2,10,33
try { [2n, 1n].sort((a, b) => a - b); } catch (e) { print(e.constructor.name); } // expect: TypeError
const { a = 1n, b = 2n } = { a: 5n };
print(String(a + b)); // expect: 7
print(String(Array.from({ length: 5 }, (_, i) => BigInt(i) ** 20n).reduce((x, y) => x + y))); // expect: 1102999460754
