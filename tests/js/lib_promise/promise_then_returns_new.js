// then always returns a new promise
const p = Promise.resolve(1);
const q = p.then();
print(p !== q, q instanceof Promise); // expect: true true
