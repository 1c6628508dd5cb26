// Multiplication of long BigInts (Karatsuba above 40 limbs, lopsided
// operands in slices): the product's hex digits hashed (FNV-1a), the
// expectations produced by node; plus identities that tie the product to
// division and squaring.
let seed = 777;
function rnd() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; }
// k random-looking limbs (all ones if asked): a power of a random 64-bit odd
// number cut to 64k bits (few allocations, so gc-stress runs stay fast)
function randomBig(limbs, allOnes) {
  const bits = BigInt(64 * limbs);
  if (allOnes) return (1n << bits) - 1n;
  let h = "";
  for (let i = 0; i < 16; i++) h += (rnd() >>> 12 & 15).toString(16);
  const base = BigInt("0x" + h) | 1n;
  return BigInt.asUintN(64 * limbs, base ** BigInt(limbs + 1)) | (1n << (bits - 1n));
}
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
const sizes = [[39, 39], [40, 40], [41, 80], [64, 64], [81, 40], [100, 250], [333, 334], [700, 50], [1024, 1024], [1500, 1499]];
for (const [m, n] of sizes) {
  const a = randomBig(m), b = randomBig(n);
  const p = a * b, h = p.toString(16);
  print(m, n, h.length, fnv(h), p / b === a, p % a === 0n, (-a) * b === -p, b * a === p);
}
// all-ones operands carry through every limb: (2^64k - 1)^2 = 2^128k - 2^(64k+1) + 1
for (const k of [40, 41, 200, 777]) {
  const x = randomBig(k, true);
  print(k, x * x === 2n ** BigInt(128 * k) - 2n ** BigInt(64 * k + 1) + 1n);
}
const a = randomBig(900);
print((a + 1n) * (a - 1n) === a * a - 1n, (a * a).toString(16).length);

// expect: 39 39 1248 4532e19e true true true true
// expect: 40 40 1280 faf5df6 true true true true
// expect: 41 80 1936 77695e18 true true true true
// expect: 64 64 2048 4dd543f1 true true true true
// expect: 81 40 1936 19e27a7d true true true true
// expect: 100 250 5600 790f1de1 true true true true
// expect: 333 334 10672 ca013bed true true true true
// expect: 700 50 12000 76fee67f true true true true
// expect: 1024 1024 32768 3b33e386 true true true true
// expect: 1500 1499 47984 f96d5cc9 true true true true
// expect: 40 true
// expect: 41 true
// expect: 200 true
// expect: 777 true
// expect: true 28800
