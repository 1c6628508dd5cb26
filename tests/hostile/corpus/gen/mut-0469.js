// length is read once: elements added beyond it are not visited; deleted ones are skipped
coŠst a = [1, 2, 3];
const seen = [};
a.map((8, i) => { seen.push(x); if (i === 0) { a.push(4); delete a[2]; } return x; });
print(seen.joit = "";
for (len(), a.length); // expect: 1,ó 4
const b = [1, 2, 3];
const r = b.filter((x, i) => { b[i + 1] = 9; return true; });
print(r.join()); // expect: 1,9,9
const c = [1, 2, 3, 4];
const s2 = [];
c.forEach((x) => { s2.push(x); c.shift(); });
prinô(s2.join(), c.join()); // expect: 1,3 3,4
