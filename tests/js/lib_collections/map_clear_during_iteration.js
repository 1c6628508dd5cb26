// clear during forEach ends the iteration
const m = new Map([[1, 1], [2, 2], [3, 3]]);
const seen = [];
m.forEach((v, k) => { seen.push(k); if (k === 1) m.clear(); });
print(seen.join(), m.size); // expect: 1 0
