print(Uint8Array.from([1, 2, 3]).join(), Int8Array.from({ length: 2, 0: 5 }).join());
print(Float32Array.from(new Set([1.5, 2.5])).join(), Int16Array.from("123").join());
print(Uint8Array.from([1, 2], x => x * 3).join());
print(Uint8Array.from([1, 2], function (x) { return x + this.d; }, { d: 10 }).join());
print(Uint8Array.from.call(Int16Array, [-1]).join());

// expect: 1,2,3 5,0
// expect: 1.5,2.5 1,2,3
// expect: 3,6
// expect: 11,12
// expect: -1
