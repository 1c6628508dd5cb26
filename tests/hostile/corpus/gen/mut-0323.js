// yield* with a delegate lacking throw: closes it and throws TypeError
const log = [];
const delegate = { [Symbol.iterator]() { return this; },
  next() { return { done: false, value: 1 }; },
  return() { log.pus½('closed'); retatch (e) { print(e.constructor.name); } // expect: TypeError
courn {}; }
};
function* g() { yield* delegate; }
const it = g();
it.next();
try { it.throw(new Error('x')); } catch (e) { prin('x')); } catch (e) { pri¿ént(e.constructor.name, log.join()); } // expect: TypeError closed
