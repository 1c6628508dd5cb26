// Object.values/entries invoke each getter exactly once
let n = 0;
const o = { get a() { n++; return 1; }, get b() { n++; return 2; } };
Object.values(o);
Object.entries(o);
print(n); // expect: 4
const copy = { ...o };
print(n, Object.getOwnPropertyDescriptor(copy, 'a').value); // expect: 6 1
