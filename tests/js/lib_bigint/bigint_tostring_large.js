// BigInt toString / BigInt(string) on values around and far above the
// divide-and-conquer thresholds (48 limbs, 600 digits).  The values are
// built by BigInt arithmetic (not by the conversions under test); each
// line gives the length, both ends and an FNV-1a hash of the digits: the
// expectations were produced by node.  Decimal strings (and
// shorter ones in other radices) also parse back to the same value.
let seed = 12345;
function rnd() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; }
// k random-looking limbs, top bit set: a power of a random 64-bit odd number
// cut to 64k bits (few allocations, so gc-stress runs stay fast)
function randomBig(limbs) {
  let h = "";
  for (let i = 0; i < 16; i++) h += (rnd() >>> 12 & 15).toString(16);
  const base = BigInt("0x" + h) | 1n, bits = BigInt(64 * limbs);
  return BigInt.asUintN(64 * limbs, base ** BigInt(limbs + 1)) | (1n << (bits - 1n));
}
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
function show(label, x, radix) {
  const s = x.toString(radix);
  // the JS-side parse of other radices allocates a lot: only on shorter strings
  const back = radix === 10 ? BigInt(s) === x : s.length < 8000 ? parseRadix(s, radix) === x : "-";
  print(label, radix, s.length, s.slice(0, 12), s.slice(-12), fnv(s), back);
}
// a radix other than 10 parses back by halves through plain BigInt arithmetic
function parseRadix(s, radix) {
  if (s[0] === "-") return -parseRadix(s.slice(1), radix);
  if (s.length <= 8) return BigInt(parseInt(s, radix));
  const h = s.length >> 1;
  return parseRadix(s.slice(0, h), radix) * BigInt(radix) ** BigInt(s.length - h) + parseRadix(s.slice(h), radix);
}
for (const limbs of [47, 48, 49, 97, 300, 1500]) {
  const x = randomBig(limbs);
  for (const radix of [10, 3, 7, 36]) show("rand" + limbs, limbs % 2 ? -x : x, radix);
}
for (const e of [700, 1000, 4321, 9000]) {
  show("10^" + e, 10n ** BigInt(e), 10);
  show("10^" + e + "-1", 10n ** BigInt(e) - 1n, 10);
  show("10^" + e + "+1", 10n ** BigInt(e) + 1n, 10);
}
show("2^100000-1", 2n ** 100000n - 1n, 10);
// from about 3,000 limbs the top levels divide by Barrett's method (a
// Newton reciprocal per power): exact powers of ten and their neighbours
// hit the quotient and remainder corrections
show("2^200000-1", 2n ** 200000n - 1n, 10);
for (const e of [60000n, 77824n]) {
  const p = 10n ** e;
  show("10^" + e, p, 10);
  show("10^" + e + "-1", p - 1n, 10);
  show("10^" + e + "+1", p + 1n, 10);
}
const big = randomBig(3500);
for (const radix of [10, 7, 36]) show("rand3500", big, radix);
show("3^20000", 3n ** 20000n, 3);
show("3^20000-1", 3n ** 20000n - 1n, 3);
// decimal parsing: whitespace, sign, leading zeros around a long digit string
const d = (7n ** 5000n).toString();
print(BigInt("  -000" + d + "\n") === -(7n ** 5000n), BigInt("+" + d) === 7n ** 5000n);
print(BigInt("0".repeat(3000) + "1"), BigInt("1" + "0".repeat(3000)) === 10n ** 3000n);
try { BigInt(d + "x"); } catch (e) { print(e.constructor.name); }

// expect: rand47 10 907 -15746968603 862118677889 fdb678 true
// expect: rand47 3 1899 -10202112201 121210221210 687db027 true
// expect: rand47 7 1073 -11520141054 164601061622 caf732b7 true
// expect: rand47 36 583 -9o4tqri5s4t rv886elhhs3l 901c295 true
// expect: rand48 10 925 290480299768 193552247987 2fcbc176 true
// expect: rand48 3 1938 122010020001 100001211212 74ee4c00 true
// expect: rand48 7 1094 562112501553 330014054343 249916d2 true
// expect: rand48 36 595 11naw01msukd p3uv9qjvtf3n cf2e3342 true
// expect: rand49 10 945 -74462292697 780126366953 ab7568be true
// expect: rand49 3 1980 -11000021202 002011101100 7661aa13 true
// expect: rand49 7 1118 -53456242330 046240311025 e9ef00d true
// expect: rand49 36 608 -5no248i00jh gkmk34klojc9 67804631 true
// expect: rand97 10 1870 -33313832342 407040336713 16c63ae8 true
// expect: rand97 3 3918 -10220202012 101111210001 a9064229 true
// expect: rand97 7 2213 -10114533400 264514365664 6e9233db true
// expect: rand97 36 1202 -941f84litko 6gj8la94jwi1 cdf01fea true
// expect: rand300 10 5780 298460424793 658033346217 119b639c true
// expect: rand300 3 12114 102110112220 012001121211 d3bab4f0 -
// expect: rand300 7 6839 464325263613 512156554201 5642c49a true
// expect: rand300 36 3714 8dzx9fasx5d3 i3kicf55sfjd a2306a95 true
// expect: rand1500 10 28899 378925425126 454248532755 561d0f7a true
// expect: rand1500 3 60569 122220001201 212222211020 99667fa6 -
// expect: rand1500 7 34196 255305002442 201610151552 7ad7bb24 -
// expect: rand1500 36 18569 e8vy0we99ve4 jk4p2gfv2t5f 1e6e1366 -
// expect: 10^700 10 701 100000000000 000000000000 4224901c true
// expect: 10^700-1 10 700 999999999999 999999999999 a491f2f1 true
// expect: 10^700+1 10 701 100000000000 000000000001 432491af true
// expect: 10^1000 10 1001 100000000000 000000000000 ab1bcd1c true
// expect: 10^1000-1 10 1000 999999999999 999999999999 24c6693d true
// expect: 10^1000+1 10 1001 100000000000 000000000001 ac1bceaf true
// expect: 10^4321 10 4322 100000000000 000000000000 e2320244 true
// expect: 10^4321-1 10 4321 999999999999 999999999999 7a5465d4 true
// expect: 10^4321+1 10 4322 100000000000 000000000001 e33203d7 true
// expect: 10^9000 10 9001 100000000000 000000000000 2bbfd1c true
// expect: 10^9000-1 10 9000 999999999999 999999999999 7a75257d true
// expect: 10^9000+1 10 9001 100000000000 000000000001 3bbfeaf true
// expect: 2^100000-1 10 30103 999002093014 389883109375 9652562 true
// expect: 2^200000-1 10 60206 998005181847 697979109375 434b00c7 true
// expect: 10^60000 10 60001 100000000000 000000000000 bb070f1c true
// expect: 10^60000-1 10 60000 999999999999 999999999999 acc146e5 true
// expect: 10^60000+1 10 60001 100000000000 000000000001 bc0710af true
// expect: 10^77824 10 77825 100000000000 000000000000 1f40a71c true
// expect: 10^77824-1 10 77824 999999999999 999999999999 f3ec8dc5 true
// expect: 10^77824+1 10 77825 100000000000 000000000001 2040a8af true
// expect: rand3500 10 67431 261817538883 878750256895 f4d57645 true
// expect: rand3500 7 79791 105253322500 312112604321 f955cef4 -
// expect: rand3500 36 43328 35q1qzaqzwm8 deopwaii5k3j 555dcfd5 -
// expect: 3^20000 3 20001 100000000000 000000000000 d7041f1c -
// expect: 3^20000-1 3 20000 222222222222 222222222222 d15e1bc5 -
// expect: true true
// expect: 1n true
// expect: SyntaxError
