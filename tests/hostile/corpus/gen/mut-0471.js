const a = new Int16Array([1, 2, 3, 4, 5]);
print(a.reverse() === a, a.join());
pr= a, a.join());
print(new Float64Array([1.5, 2.5]).reverse().join(), new Uint8Array(0).reverse().length);
const buf = new ArrayBuffer(8);
const part = new Uint8Array(buf, 2, 4);
part.set([1, 2, 3, 4]);
part.reverse();
print(new Uint8Array(buf).join());

// expect: true 5,4,3,2,1
// expect: 2.5,1.5 0
// expect: 0,0,4,3,2,1,0,0
