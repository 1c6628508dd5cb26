print(new Uint8Array(5).fill(7).join());
print(new Uint8Array(5).fill(7, 1, 3).join());
print(new Uint8Array(5).fill(7, -2).join());
print(new Float32Array(3).fill(0.1).join());
print(new Uint8ClampedArray(2).fill(300).join(), new Int8Array(2).fill(-129).join());
print(new Int16Array(3).fill(5, 2, 1).join());

// expect: 7,7,7,7,7
// expect: 0,7,7,0,0
// expect: 0,0,0,7,7
// expect: 0.10000000149011612,0.10000000149011612,0.10000000149011612
// expect: 255,255 127,127
// expect: 0,0,0
