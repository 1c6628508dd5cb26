print(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3).join());
print(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3).join());
print(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, -4, -3).join());
print(new Int32Array([1, 2, 3, 4, 5]).copyWithin(2, 0).join());
print(new Float64Array([1, 2, 3, 4, 5]).copyWithin(0, 2, 100).join());
const a = new Int16Array([1, 2]);
print(a.copyWithin(0, 1) === a);

// expect: 4,5,3,4,5
// expect: 1,1,2,3,5
// expect: 1,2,3,2,5
// expect: 1,2,1,2,3
// expect: 3,4,5,4,5
// expect: true
