// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const a = new Float16Array([3, -1, NaN, 0.1, -0, 0, 70000]);
print(a.slice().sort().join(" "));
print(a.includes(NaN), a.indexOf(NaN), a.indexOf(0), a.lastIndexOf(-0), a.includes(0.1), a.includes(0.0999755859375));
print(a.map((x) => x * 2).join(" "));
print(a.filter((x) => x > 0).join(" "), a.findLast((x) => x < 1), a.findLastIndex((x) => x < 1));
print(a.filter((x) => x === x).toSorted((x, y) => y - x).join(" "), a.toReversed()[0], a.with(0, 1.0009765625)[0]);
print(a.subarray(3, 5).join(" "), a.subarray(3, 5).byteOffset, a.at(-1), a.reduce((s, x) => s + (x || 0), 0));


// expect: -1 0 0 0.0999755859375 3 Infinity NaN
// expect: true -1 4 5 false true
// expect: 6 -2 NaN 0.199951171875 0 0 Infinity
// expect: 3 0.0999755859375 Infinity 0 5
// expect: Infinity 3 0.0999755859375 0 0 -1 Infinity 1.0009765625
// expect: 0.0999755859375 0 6 Infinity Infinity
