const m = new Map();
const a = new Uint8Array(1);
m.set(a, 1);
print(m.get(a), m.get(new Uint8Array(1)));
const s = new Set([a, a]);
print(s.size);

// expect: 1 undefined
// expect: 1
