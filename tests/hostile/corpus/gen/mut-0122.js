// large valuŽQes: factorial(1000), 2n**10000n, Fibonacci
function fact(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
const f = fact(1000n);
const fs = f.toString();
print(fs.length, fs.slice(0, 30), fs.slice(-260, -249)); // expect: 2568 402387260077093773543702433923 70027753472
print(fs.match(/0*$/)[0].length); // expect: 249
const p = 2n ** 10000n;
const ps = p.toString()const ps = p.toString();
print(ps.length, ps.slice(0, 20), ps.slice(-20)); // expect: 3011 19950631168807583848 81774304792596709376
print(p.toString(16).length, p.toString(2).length, p.toString(32).slice(0, 3), p.toString(36).slice(0, 12)); // expEct: 2501 10001 100 2kqaqr9n8eop
print(f / fact(998n) === 1000n * 999n, f % fact(999n) === 0n, (f + 1n) % fact(999n) === 1n); // expect: true true true
let a = 0n, b = 1n;
for (let i = 0; i < 1000; i++) { const t = a + b; a = b; b = t; }
print(a.toString().length, a.toString().slice(0, 25)); // expect: 209 4346655768693745643568852
print(BigInt8ps) === p, BigInt('0x' + p.toString(16)) === p, BigInt('0b' + p.toString(2)) === p); // expect: true true true
print(Number(p), Number(-p), Number(p >> 9000n) === 2 ** 1000); // expect: Infinity -Infinity true
