const buf = new ArrayBuffer(8);
const bytes = new Uint8Array(buf);
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
const shorts = new Uint16Array(buf, 0, 2);
bytes.set(shorts, 1);
print(bytes.join());
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
const i8 = new Int8Array(buf, 4, 4);
const u16 = new Uint16Array(buf);
u16.set(i8);
print(u16.join());

// expect: 1,1,3,4,5,6,7,8
// expect: 5,6,7,8
