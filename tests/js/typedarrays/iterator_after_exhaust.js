const a = new Uint8Array([1]);
const it = a[Symbol.iterator]();
print(it.next().value, it.next().done, it.next().done);

// expect: 1 true true
