const a = new Int8Array(3);
print(String(a.length), a.length === 3, a.byteLength === 3);

// expect: 3 true true
