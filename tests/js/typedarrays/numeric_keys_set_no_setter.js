let hit = 0;
Object.defineProperty(Object.prototype, "7", { set(v) { hit++; }, configurable: true });
const a = new Uint8Array(2);
a[7] = 1;
print(hit, a[7]);
const o = {};
o[7] = 1;
print(hit);

// expect: 0 undefined
// expect: 1
