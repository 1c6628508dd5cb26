// entries deleted before they are visited are skipped by forEach
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const seen = [];
m.forEach((v, k) => { seen.push(k); m.delete('c'); });
print(seen.join()); // expect: a,b
