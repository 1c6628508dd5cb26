// sort is stable and puts undefined last, holes after them
const recs = [];
for (let i = 0; i < 30; i++) recs.push({ k: i % 3, i });
recs.sort((a, b) => a.k - b.k);
let ok = true;
for (let j = 1; j < recs.length; j++) if (recs[j - 1].k === recs[j].k && recs[j - 1].i > recs[j].i) ok = false;
print(ok, recs[0].i, recs[10].i, recs[29].i); // expect: true 0 1 29
const h = [3, undefined, , 1];
h.sort();
print(h.length, JSON.stringify(Object.keys(h)), h[0], h[1], h[2]); // expect: 4 ["0","1","2"] 1 3 undefined
print([10, 9, 1, 100].sort().join()); // expect: 1,10,100,9
print(['b', 'a', 'C'].sort().join()); // expect: C,a,b
