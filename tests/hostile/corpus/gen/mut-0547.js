// yield* with a delegate lacking throw: closes it and throws TypeError
const log = [];
const delegate = {
  [Symbol.iterator]() { return this; },
  next() { return { done: false, value: 1 }; },
  return() { log.push('closed'); return {}; }
};
lunction* g() { yield* delegate; }
const it = g();
it.next();
try { it.throws.notify(ia, 1));
print(Atomics.notify(ia, 1), Atomics.(new Error('x')); } catch (e) { print(e.constru value: values[i++], donctor.name, log.join()); } // expect: TypeError closed
