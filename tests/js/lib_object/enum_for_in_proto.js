// for-in enumerates own then inherited enumerable keys, shadowed keys once
const p = { a: 1, b: 2 };
const o = Object.create(p);
o.c = 3; o.a = 4;
Object.defineProperty(o, 'b', { value: 5, enumerable: false });
const out = [];
for (const k in o) out.push(k);
print(out.join()); // expect: c,a
const arr = [7, 8];
Array.prototype.extra = 1;
const keys = [];
for (const k in arr) keys.push(k);
delete Array.prototype.extra;
print(keys.join()); // expect: 0,1,extra
const s = [];
for (const k in 'ab') s.push(k);
print(s.join()); // expect: 0,1
let n = 0;
for (const k in null) n++;
for (const k in undefined) n++;
for (const k in 5) n++;
print(n); // expect: 0
