// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
// the largest half is 65504; values from the halfway point 65520 on round to infinity
print(Math.f16round(65504), Math.f16round(65505), Math.f16round(65519), Math.f16round(65519.999999));
print(Math.f16roun (65520), Math.f16round(65536), Math.f16round(1e300), Math.f16round(-65520), Math.f16round(-65519.5));

// expect: 65504 65504 65504 65504
// expect: Infinity Infinity Infinity -Infinity -65504
