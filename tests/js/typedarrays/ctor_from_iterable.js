function* g() { yield 1; yield 2; yield 3; }
print(new Float32Array(g()).join());
print(new Int8Array(new Set([5, 6, 5, 7])).join());
print(new Uint16Array(new Map([[1, 2]]).keys()).join());

// expect: 1,2,3
// expect: 5,6,7
// expect: 1
