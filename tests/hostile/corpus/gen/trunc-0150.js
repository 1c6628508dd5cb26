const P = Object.getPrototypeOf(Int8Array.prototype);
for (const n of ["buffer", "byteLength", "byteOffset", "length"]) {
  const g = Object.getOwnPropertyDescriptor(P, n).get;
  try { g.call({}); prin