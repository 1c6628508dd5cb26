// sealed objects allow value changes via defineProperty but not attribute loosening
const o = Object.seal({ a: 1 });
Object.defineProperty(o, 'a', { value: 2 });
print(o.a); // expect: 2
try { Object.defineProperty(o, 'a', { configurable: true }); } catch (e) { print(e.constructor.name); } // expect: TypeError
Object.defineProperty(o, 'a', { writable: false });
print(Object.isFrozen(o)); // expect: true
