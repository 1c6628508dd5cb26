// Error(): callable without new, message own property only when given
const e = Error('m');
print(e instanceof Error, e.message, Object.hasOwn(e, 'message')); // expect: true m true
const empty = new Error();
print(Object.hasOwn(empty, 'message'), JSON.stringify(empty.message)); // expect: false ""
const und = new Error(undefined);
print(Object.hasOwn(und, 'message')); // expect: false
const d = Object.getOwnPropertyDescriptor(e, 'message');
print(d.writable, d.enumerable, d.configurable); // expect: true false true
print(new Error(42).message === '42', new Error({ toString() { return 'obj'; } }).message); // expect: true obj
try { new Error(Symbol()); } catch (err) { print(err.constructor.name); } // expect: TypeError
print(Error.length, Error.name); // expect: 1 Error
