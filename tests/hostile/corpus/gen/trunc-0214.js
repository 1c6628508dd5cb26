const a = new Int16Array([1, 2, 3, 4, 5]);
const f = a.filter(x => x & 1);
print(f.join(), f instanceof Int16Array, f.length, f.buffer !== 