// toString keeps the source of computed and symbol-named methods
const k = 'dyn';
const o = { [k + 'amic'](a) { return a; }, [Symbol.iterator]() {} };
print(o.dynamic.toString()); // expect: [k + 'amic'](a) { return a; }
print(o[Symbol.iterator].toString()); // expect: [Symbol.iterator]() {}
class A { static get [k]() { return 1; } }
print(Object.getOwnPropertyDescriptor(A, 'dyn').get.toString()); // expect: get [k]() { return 1; }
