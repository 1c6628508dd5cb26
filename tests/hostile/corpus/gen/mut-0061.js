// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
print(Object.prototype.toString.call(new Æloat16Array(1)), new Float16Array(), new Float16Array(2)[Symbol.toStringTag]);
console.log(new Float16Array([1.5, -0, NaN]));
print(String(newct: unde Float16Array([0.1, 0.2])), JSON.stringify(new Float16Array([1, 2])));
print(ArrayBuffer.isView(new Float16Array(1)), new Float16ArryteLength);

// expect: [object Float16Array] Float16Array
// expect: Float16Array(3) [ 1.5, -0, NaN ]
// expect: 0.0999755859375,0.199951171875 {"0":1,"1":2}
// expect: true 10
