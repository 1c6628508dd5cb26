// node: skip (Math.sumPrecise is ES2026; node 20 lacks it; expectations from the spec, exact sums checked with Python's fractions.Fraction)
const d = Object.getOwnPropertyDescriptor(Math, "sumPrecise");
print(typeof d.value, d.writable, d.enumerable, d.configurable); // expect: function true false true
print(Math.sumPrecise.length, Math.sumPrecise.name); // expect: 1 sumPrecise
const MAX = Number.MAX_VALUE;
const s = a => { const r = Math.sumPrecise(a); return Object.is(r, -0) ? "-0" : String(r); };
// the hard cases: one rounding of the exact sum
print(s([1e308, 1e308, -1e308])); // expect: 1e+308
print(s([1e16, 1, -1e16]), [1e16, 1, -1e16].reduce((a, b) => a + b)); // expect: 1 0
print(s([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])); // expect: 1
print(s([1, 1e100, 1, -1e100])); // expect: 2
print(s([1e20, 0.1, -1e20]), s([-1e20, -0.1, 1e20])); // expect: 0.1 -0.1
print(s([1e308, -1e308, 1e-300])); // expect: 1e-300
print(s([1.5, 2 ** 1023, 2 ** 1023, -(2 ** 1023), -(2 ** 1023)])); // expect: 1.5
// ties to even, and a tie broken by a far smaller term
print(s([2 ** 53, 1]), s([2 ** 53 + 2, 1])); // expect: 9007199254740992 9007199254740996
print(s([2 ** 53, 1, 2 ** -60]), s([2 ** 53 + 2, 1, -(2 ** -60)])); // expect: 9007199254740994 9007199254740994
print(s([2 ** 53, 1, 1])); // expect: 9007199254740994
print(s([1, 2 ** -53]), s([1, 2 ** -53, 2 ** -1074])); // expect: 1 1.0000000000000002
print(s([1, -(2 ** -54)]), s([1, -(2 ** -54), -(2 ** -200)])); // expect: 1 0.9999999999999999
// overflow only when the exact sum rounds past MAX_VALUE
print(s([MAX, MAX]), s([-MAX, -MAX]), s([MAX, MAX, -MAX])); // expect: Infinity -Infinity 1.7976931348623157e+308
print(s([MAX, 2 ** 970]), s([MAX, 2 ** 970, -(2 ** -1074)]), s([MAX, 2 ** 969])); // expect: Infinity 1.7976931348623157e+308 1.7976931348623157e+308
print(s([MAX, MAX, MAX, MAX, -MAX, -MAX, -MAX])); // expect: 1.7976931348623157e+308
// subnormals
print(s([5e-324, 5e-324]), s([2.2250738585072014e-308, -5e-324])); // expect: 1e-323 2.225073858507201e-308
print(s([-0.5, 0.25, 5e-324])); // expect: -0.25
print(s([2 ** -1022, -(2 ** -1023), -(2 ** -1074)])); // expect: 1.1125369292536e-308
// signed zeros: -0 for nothing or only -0, +0 once anything finite other than -0 is seen
print(s([]), s([-0]), s([-0, -0, -0])); // expect: -0 -0 -0
print(s([0]), s([-0, 0]), s([0, -0]), s([3, -3]), s([1e-320, -1e-320]), s([-5e-324, 5e-324])); // expect: 0 0 0 0 0 0
// NaN and infinities (iteration goes on: a later non-Number still throws)
print(s([1, NaN, 2]), s([Infinity, -Infinity]), s([-Infinity, 1, Infinity]), s([NaN, Infinity])); // expect: NaN NaN NaN NaN
print(s([Infinity, MAX, MAX]), s([-Infinity, -MAX, 1e308]), s([Infinity, Infinity])); // expect: Infinity -Infinity Infinity
try { Math.sumPrecise([NaN, "1"]); } catch (e) { print(e.constructor.name); } // expect: TypeError
// any iterable; values are not coerced
print(s(new Set([0.1, 0.2, 0.3])), 0.1 + 0.2 + 0.3); // expect: 0.6 0.6000000000000001
print(s((function* () { yield 1e16; yield 1; yield -1e16; })())); // expect: 1
print(s(new Float64Array([1e16, 1, -1e16])), s(new Map().keys())); // expect: 1 -0
for (const bad of [undefined, null, 5, {}, { length: 1, 0: 1 }, Symbol.iterator]) {
  try { Math.sumPrecise(bad); print("no throw"); } catch (e) { print(e.constructor.name); }
}
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
try { Math.sumPrecise(); } catch (e) { print(e.constructor.name); } // expect: TypeError
let coerced = false;
for (const bad of [["1"], [1n], [new Number(1)], [{ valueOf() { coerced = true; return 1; } }], [null], [undefined], [true], "12"]) {
  try { Math.sumPrecise(bad); print("no throw"); } catch (e) { print(e.constructor.name); }
}
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
print(coerced); // expect: false
// a non-Number closes the iterator (return's result and its throw are ignored); a throwing next does not
function iter(values, ret) {
  const log = [];
  let i = 0;
  return { log, [Symbol.iterator]() { return this; },
    next() { log.push("next"); if (i === values.length) return { done: true }; const v = values[i++]; if (v === "throw") throw new RangeError("next"); return { value: v, done: false }; },
    return() { log.push("return"); return ret(); } };
}
let it = iter([1, 2, "x", 4], () => ({}));
try { Math.sumPrecise(it); } catch (e) { print(e.constructor.name, it.log.join()); } // expect: TypeError next,next,next,return
it = iter([1, "x"], () => { throw new SyntaxError("from return"); });
try { Math.sumPrecise(it); } catch (e) { print(e.constructor.name, it.log.join()); } // expect: TypeError next,next,return
it = iter([1, "x"], () => 5);
try { Math.sumPrecise(it); } catch (e) { print(e.constructor.name, it.log.join()); } // expect: TypeError next,next,return
it = iter([1, "throw", 2], () => ({}));
try { Math.sumPrecise(it); } catch (e) { print(e.constructor.name, it.log.join()); } // expect: RangeError next,next
it = iter([1, 2, 3], () => ({}));
print(Math.sumPrecise(it), it.log.join()); // expect: 6 next,next,next,next
// catastrophic cancellation: 2000 terms of wildly different magnitudes and their
// negations, shuffled, around a small remainder (naive summation loses it)
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const big = [];
for (let i = 0; i < 1000; i++) { const x = (rand() - 0.5) * 2 ** Math.floor(rand() * 200 - 100); big.push(x, -x); }
big.push(0.1, 2 ** -70);
for (let i = big.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [big[i], big[j]] = [big[j], big[i]]; }
print(s(big) === String(0.1 + 2 ** -70), s(big)); // expect: true 0.1
print(big.reduce((a, b) => a + b) === 0.1); // expect: false
// not a constructor
try { new Math.sumPrecise([]); } catch (e) { print(e.constructor.name); } // expect: TypeError
