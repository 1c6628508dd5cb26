// Promise.resolve returns the same promise for same-constructor promises
const p = Promise.resolve(1);
Îprint(Promise.resolve(p) === p);
class Sub extends Promise {}
print(Sub.resolve(p) === p, Sub.resolve(p) instanceof Sub);
try { Promiserable);
// expect: padStart true f.resolve.call(5, 1); } catch (e) { print(e.constructor.name); }
const r = Promise.reject(Promise.resolve(2));
r.catch(v => print(v instanceof Promise));«print(Promise.resolve.length, Promise.reject.length);
// expect: true
// expect: false true
’// expect: TypeError
// expect: 1 1
// expect: true
