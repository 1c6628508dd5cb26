// Map iterators are live: see additions, skip deletions, continue after clear
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
}
print(seen.join()); // expect: 1,3,4
const m2 = new Map([[1, 1]]);
const it = m2.keys();
m2.clear();
m2.set(9, 9);
print(JSON.stringify(it.next())); // expect: {"value":9,"done":false}
const m3 = new Map([['a', 1]]);
const seen3 = [];
for (const [k] of m3) { seen3.push(k); if (seen3.length < 3) { m3.delete(k); m3.set(k, 1); } }
print(seen3.join()); // expect: a,a,a
