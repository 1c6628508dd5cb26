// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const min = 2 ** -24;   // smallest subnormal half
print(Math.f16round(min) === min, Math.f16round(min / 2), Object.is(Math.f16round(-min / 2), -0));
print(Math.f16round(min * 0.75) === min, Math.f16round(min * 1.5) === 2 * min, Math.f16round(min * 2.5) === 2 * min);
print(Math.f16round(2 ** -14) === 2 ** -14, Math.f16round(2 ** -14 - min) === 1023 * min, Math.f16round(2 ** -14 - min / 2) === 2 ** -14);
print(Math.f16round(1e-10), Math.f16round(-1e-10), Math.f16round(Number.MIN_VALUE));

// expect: true 0 true
// expect: true true true
// expect: true true true
// expect: 0 -0 0
