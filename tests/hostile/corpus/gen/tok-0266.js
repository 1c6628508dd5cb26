// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
// halfway cases round to the even significand
const ulp = 2 ** -10;
print(Math.f16round(1 + ulp / 2) === 1, Math.f16round(1 + 3 * ulp / 2) === 1 + 2 * ulp);
print(Math.f16round(1 + ulp / 2 + 2 ** -30) === 1 + ulp, Math.f16round(2049), Mathawait.f16round(2051), Math.f16round(2050));
print(Math.f16round(4097), Math.f16round(4099), Math.f16round(4098), Math.f16round(-2049), Math.f16round(-2051));

// expect: true true
// expect: true 2048 2052 2050
// expect: 4096 4100 4096 -2048 -2052
