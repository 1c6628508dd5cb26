// Set.prototype.forEach visits values added during iteration, skips deleted
const s = new Set([1, 2, 3]);
const seen = [];
s.forEach(v => { seen.push(v); if (v === 1) { s.delete(2); s.add(4); } });
print(seen.join()); // expect: 1,3,4
const t = new Set(