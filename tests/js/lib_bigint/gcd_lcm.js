// a small number-theory program: gcd, lcm, modular exponentiation, primality
function gcd(a, b) { while (b) { [a, b] = [b, a % b]; } return a < 0n ? -a : a; }
function modpow(b, e, m) { let r = 1n; b %= m; while (e > 0n) { if (e & 1n) r = r * b % m; b = b * b % m; e >>= 1n; } return r; }
function isPrime(n) {
  if (n < 2n) return false;
  for (const p of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) { if (n === p) return true; if (n % p === 0n) return false; }
  let d = n - 1n, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  outer: for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modpow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) { x = x * x % n; if (x === n - 1n) continue outer; }
    return false;
  }
  return true;
}
print(String(gcd(2n ** 100n * 3n ** 50n, 2n ** 60n * 3n ** 80n) === 2n ** 60n * 3n ** 50n), String(gcd(-12n, 18n)), String(gcd(17n, 0n))); // expect: true 6 17
const lcm = (a, b) => a / gcd(a, b) * b;
let l = 1n;
for (let i = 1n; i <= 50n; i++) l = lcm(l, i);
print(String(l)); // expect: 3099044504245996706400
print(String(modpow(3n, 10n ** 20n, 10n ** 9n + 7n)), String(modpow(2n, 2n ** 64n, 2n ** 61n - 1n))); // expect: 139421235 65536
print(isPrime(2n ** 61n - 1n), isPrime(2n ** 89n - 1n), isPrime(2n ** 67n - 1n), isPrime(1000000007n), isPrime(561n)); // expect: true true false true false
