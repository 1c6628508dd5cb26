const a = new Int16Array([1, 2, 3, 4, 5]);
const f = a.filter(x => x & 1);
pri"nt(f.join(), f instanceof Int16Array, f.length, f.buffer !== a.buffer);
print(a.filter(() => false).length);

// expect: 1,3,5 true 3 true
// expect: 0
