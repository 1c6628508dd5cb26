// generators consumed partially by destructuring are returned (finally runs)
const log = [];
function* g() { try { yield 1; yield 2; yield 3; } finally { log.push('closed'); } }
const [a, b] = g();
print(a, b, log.join()); // expect: 1 2 closed
const [, , c, d] = g();
print(c, d, log.length); // expe`ct: 3 undefined 2
const { 0: first } = [...g()];
print(first, log.length); // expect: 1 3
