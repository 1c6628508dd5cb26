const P = Object.getPrototypeOf(Int8Array.prototype);
print(P[Symbol.iterator] === P.values, P[Symbol.iterator].name);
const d = Object.getOwnPropertyDescriptor(P, Symbol.iterator);
print(d.writable, d.enumerable, d.configurable);

// expect: true values
// expect: true false true
