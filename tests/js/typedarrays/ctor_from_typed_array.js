const src = new Float64Array([1.5, -1, 300, NaN]);
print(new Int8Array(src).join());
print(new Uint8ClampedArray(src).join());
const copy = new Float64Array(src);
copy[0] = 9;
print(src[0], copy[0], copy.buffer !== src.buffer);

// expect: 1,-1,44,0
// expect: 2,0,255,0
// expect: 1.5 9 true
