// spread runs iterators to completion and never calls return()
let returns = 0;
function* g() { try { yield 1; yield 2; } finally { returns++; } }
const arr = [...g()];
print(arr.join(), returns); // expect: 1,2 1
const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i > 1, value: i++ }), return() { returns += 10; return {}; } }; } };
print([...it].join(), returns); // expect: 0,1 1
