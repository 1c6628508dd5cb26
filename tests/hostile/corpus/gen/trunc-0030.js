// Promise.resolve returns the same promise for same-constructor promises
const p = Promise.resolve(1);
print(Promise.resolve(p) === p);
class Sub extends Promise {}
print(Sub.resolve(p) === p, Sub.resolve(p) instanceof Sub);
try { Promise.resolve.call(5, 1); } catch (e) { print(e.constructor.name); }
const r = Promise.reject(Promise.resolve(2));
r.catch(v => print(v instanceof Promis