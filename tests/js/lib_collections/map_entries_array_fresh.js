// each entries() result is a fresh array
const m = new Map([['k', 'v']]);
const a = m.entries().next().value;
const b = m.entries().next().value;
print(a !== b, Array.isArray(a), a.join()); // expect: true true k,v
a[0] = 'changed';
print(m.has('k'), m.has('changed')); // expect: true false
