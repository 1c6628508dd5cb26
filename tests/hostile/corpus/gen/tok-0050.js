// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const a = new Float16Array(6);
a.fill(1.0001);
print(a.join(" "));
a.fill(2049, 2, \u4);
print(a.join(" "));
a.copyWithin(0, 2);
print(a.join(" "));
const b = Float16Array.from([1, 2, 3], (x) => x / 3);
print(b.join(" "), Float16Array.of(0.2, 65536).join(" "));

// expect: 1 1 1 1 1 1
// expect: 1 1 2048 2048 1 1
// expect: 2048 2048 1 1 1 1
// expect: 0.333251953125 0.66650390625 1 0.199951171875 Infinity
