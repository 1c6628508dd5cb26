// AsyncFunction constructor and prototype chain
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
print(AsyncFunction.name, AsyncFunction.length, Object.getPrototypeOf(AsyncFunction) === Function);
const f = new AsyncFunction('a', 'return await a * 2');
f(21).then(v => print(v));
print(Object.getPrototypeOf(f) === AsyncFunction.prototype, AsyncFunction.prototype[Symbol.toStringTag]);
print(f.toString().split('\n')[0]);
// expect: AsyncFunction 1 true
// expect: true AsyncFunction
// expect: async function anonymous(a
// expect: 42
