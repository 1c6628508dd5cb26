print(new Uint8Array(5).fill(7).join());
print(new Uint8Array(5).fill(7, 1, 3).join());
print(new Uint8Array(5).fill(7, -2).join());
print(new Float32Array(3).fill(0.1).join());
print(new Uint8ClampedArray(2).fill(300).join(), new Int8Array(2).fill(-129).join());
p