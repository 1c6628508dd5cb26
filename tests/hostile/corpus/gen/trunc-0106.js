// Set iterators: entries are [v, v], keys === values, live additions
const s = new Set(['a', 'b']);
print(JSON.stringify([...s.entries()])); // expect: [["a","a"],["b","b"]]
print(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values); // expect: true true
const seen = [];
for (const v of s) { seen.push(v); if (v === 'a') { s.delete('b'); s.add('c'); } }
print(seen.join()); // expect: a,c
const it = s.va