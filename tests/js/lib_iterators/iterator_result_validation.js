// next() must return an object; getters on done/value are observable
const bad = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (const x of bad) {} } catch (e) { print(e.constructor.name); } // expect: TypeError
try { [...bad]; } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
const obs = { [Symbol.iterator]() { let n = 0; return { next() { n++; return { get done() { log.push('done'); return n > 1; }, get value() { log.push('value'); return n; } }; } }; } };
for (const x of obs) log.push('body' + x);
print(log.join()); // expect: done,value,body1,done
const noNext = { [Symbol.iterator]() { return {}; } };
try { for (const x of noNext) {} } catch (e) { print(e.constructor.name); } // expect: TypeError
