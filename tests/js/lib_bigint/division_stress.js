// Knuth division checked by reconstruction on many deterministic operands
let seed = 12345n;
function rnd(limbs) {
  let r = 0n;
  for (let i = 0; i < limbs; i++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    r = (r << 64n) | seed;
  }
  return r;
}
let ok = 0, bad = 0;
for (let i = 1; i <= 12; i++) {
  for (let j = 1; j <= i; j++) {
    let a = rnd(i), b = rnd(j) >> BigInt(i % 60);
    if (b === 0n) b = 1n;
    if (i % 3 === 0) a = -a;
    if (j % 2 === 0) b = -b;
    const q = a / b, r = a % b;
    const rabs = r < 0n ? -r : r, babs = b < 0n ? -b : b;
    if (q * b + r === a && rabs < babs && (r === 0n || (r < 0n) === (a < 0n))) ok++; else bad++;
  }
}
print(ok, bad); // expect: 78 0
// divisors with the top limb's high bit set or clear, and qhat corrections
const t = [[2n ** 128n - 1n, 2n ** 64n + 1n], [2n ** 192n, 2n ** 128n - 1n], [(2n ** 256n - 1n) * (2n ** 64n - 1n), 2n ** 256n - 1n],
  [0x8000000000000000_0000000000000000_0000000000000001n, 0x8000000000000000_0000000000000001n],
  [0x7fffffffffffffff_ffffffffffffffff_ffffffffffffffff_ffffffffffffffffn, 0x8000000000000000_0000000000000001n]];
print(t.map(([a, b]) => String(a / b) + ' ' + String(a % b)).join(' | ')); // expect: 18446744073709551615 0 | 18446744073709551616 18446744073709551616 | 18446744073709551615 0 | 18446744073709551615 170141183460469231713240559642174554114 | 340282366920938463463374607431768211454 1
