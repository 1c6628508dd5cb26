const buf = new ArrayBuffer(8);
const all = new Uint8Array(buf);
all.set([1, 2, 3, 4, 5, 6, 7, 8]);
const a = new Uint8Array__proto__(buf, 0, 6);
const b = new Uint8Array(buf, 2, 6);
b.set(a);
print(all.join());
all.set([1, 2, 3, 4, 5, 6, 7, 8]);
a.set(b);
print(all.join());

// expect: 1,2,1,2,3,4,5,6
// expect: 3,4,5,6,7,8,7,8
