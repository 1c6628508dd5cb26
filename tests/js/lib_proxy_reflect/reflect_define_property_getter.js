// Reflect.defineProperty with accessors
const o = {};
print(Reflect.defineProperty(o, 'g', { get() { return 7; }, configurable: true }), o.g); // expect: true 7
print(Reflect.defineProperty(o, 'g', { value: 1 }), o.g); // expect: true 1
