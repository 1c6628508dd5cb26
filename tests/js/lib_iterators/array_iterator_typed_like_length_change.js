// array iterator over a shrinking array stops early
const a = [1, 2, 3, 4];
const out = [];
for (const v of a) { out.push(v); a.length = 2; }
print(out.join()); // expect: 1,2
