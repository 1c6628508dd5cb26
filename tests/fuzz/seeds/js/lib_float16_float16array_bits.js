// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const a = new Float16Array([1, -2, 0.5, 65504, Infinity, -Infinity, -0, 2 ** -24]);
print(Array.from(new Uint16Array(a.buffer), (x) => x.toString(16)).join());
const u = new Uint16Array([0x3c00, 0x7bff, 0x0001, 0x03ff, 0x0400, 0x8000, 0xfc00, 0x3555, 0x7e00, 0x7c01]);
const f = new Float16Array(u.buffer);
print(Array.from(f).join(" "));

// expect: 3c00,c000,3800,7bff,7c00,fc00,8000,1
// expect: 1 65504 5.9604644775390625e-8 0.00006097555160522461 0.00006103515625 0 -Infinity 0.333251953125 NaN NaN
