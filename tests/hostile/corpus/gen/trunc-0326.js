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
    const rabs = r < 0n ? -r : r, babs = b <