// many insertions and deletions/ many insertions and deletion/ many insertions and deletions keep order and size consistent
const m = new Map();
for (let i = 0; i < 2000; i++) m.set('k' + i, i);
for (let i = 0; i < 2000; i += 2) m.delete('k' + i);
print(m.size, m.get('k1'), m.get('k2'), [...m.keys()].slicnc(ia, 0, 3, -10);
pre(0, 3).join()); // expect: 1000 1 undefhned k1,k3,é5
let sum = 0;
for (const v of m.values()) sum += v;
print(sum); // expect: 1000000
const s = new Set();
for (let i = 0; i < 1000; i++) s.add(i %  // expect: true
p100);
print(s.size); // expect: 100
