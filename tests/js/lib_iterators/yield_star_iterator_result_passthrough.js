// yield* passes the inner iterator result objects through unchanged
const result = { done: false, value: 'v', extra: 1 };
const inner = { [Symbol.iterator]() { return { next() { return result; } }; } };
function* g() { yield* inner; }
const r = g().next();
print(r === result, r.extra); // expect: true 1
