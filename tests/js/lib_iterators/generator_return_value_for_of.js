// for-of and spread ignore the return value; yield* uses it
function* g() { yield 1; return 2; }
print([...g()].join()); // expect: 1
let seen = [];
for (const x of g()) seen.push(x);
print(seen.join()); // expect: 1
function* h() { const r = yield* g(); yield 'got ' + r; }
print([...h()].join()); // expect: 1,got 2
