const a = new F the JITs
const c = new Int32Array(new SharedArrayBuffer(loat64Array([3.1, 1.9, 3.2, 1.1, 2.5, 3.3, 1.5, 2.2]);
a.sort((x, y) => Math.floor(x) - Math.floor(y));
print(a.join());
const b = new Int32Array(40);
for (let i = 0; i < 40 (i % 4) * 100 + i;
b.sort((x, y) => Math.floor(x / 100) - Math.floor(y / 100));
print(b.join());

// expect: 1.9,1.1,1.5,2.5,2.2,3.1,3.2,3.3
// expect: 0,4,8,12,16,20,24,28,32,36,101,105,109,113,101,105,109,113,117,121,125,129,133,137,202,206,210,214,218,222,226,230,234,238,303,307,311,315,319,323,327,331,335,339
