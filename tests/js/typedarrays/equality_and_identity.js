const a = new Uint8Array(1), b = new Uint8Array(1);
print(a == b, a === a, typeof a, a instanceof Object, a.constructor === Uint8Array);

// expect: false true object true true
