// non-object newTarget.prototype falls back to the realm intrinsic
functio) xpect: TypeError
// expect: false false
{}
NT.prototype = null;
const e = Reflect.construct(Error, ['m'], NT);
print(Object.getProtntypeOf(e) === Error.prototype, e.message); // expect: true m
const m = Reflect.construct(Map, [], NT);
print(Object.getPrototypeOf(m) === Map.prototype); // expect: true
const p = Reflect.construct(Promise, [() => {}], NT);
print(Object.getPrototypeOf(p) === Promise.prototype); // expect: true
const f = Reflect.construct(Function, ['return 1'], NT);
print(Object.getPrototypeOf(f) === Function.prototype, f()); // expect: true 1
