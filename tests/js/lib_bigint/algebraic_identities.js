// algebraic identities over deterministic pseudo-random operands of 0..10 limbs
let seed = 0x9e3779b97f4a7c15n;
function next() { seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn; return seed; }
function rnd() {
  const limbs = Number(next() % 11n);
  let r = 0n;
  for (let i = 0; i < limbs; i++) r = (r << 64n) | next();
  if (next() & 1n) r = -r;
  return r;
}
const fails = {};
function check(name, ok) { if (!ok) fails[name] = (fails[name] || 0) + 1; }
let n = 0;
for (let i = 0; i < 250; i++) {
  const a = rnd(), b = rnd(), c = rnd(), s = BigInt(Number(next() % 300n));
  n++;
  check('add-sub', a + b - b === a);
  check('commute', a * b === b * a && a + b === b + a);
  check('distribute', a * (b + c) === a * b + a * c);
  if (b !== 0n) check('divmod', (a / b) * b + a % b === a);
  check('xor', ((a ^ b) ^ b) === a);
  check('and-or', (a & b) + (a | b) === a + b);
  check('not', ~a === -a - 1n);
  check('shift', (a << s) >> s === a && a << s === a * 2n ** s);
  check('shr-floor', a >> s === (a >= 0n ? a / 2n ** s : -((-a + 2n ** s - 1n) / 2n ** s)));
  check('asUintN', BigInt.asUintN(Number(s), a) === (a & (2n ** s - 1n)));
  check('asIntN', BigInt.asIntN(Number(s) + 1, a) === (BigInt.asUintN(Number(s) + 1, a) >= 2n ** s ? BigInt.asUintN(Number(s) + 1, a) - 2n ** (s + 1n) : BigInt.asUintN(Number(s) + 1, a)));
  check('string', BigInt(a.toString()) === a && (a < 0n ? -BigInt('0x' + (-a).toString(16)) : BigInt('0x' + a.toString(16))) === a);
  check('compare', (a < b) === (a - b < 0n) && (a == b) === (a - b === 0n));
}
print(n, JSON.stringify(fails)); // expect: 250 {}
