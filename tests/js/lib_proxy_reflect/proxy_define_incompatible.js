// a truish result for a change a frozen property forbids
const p = new Proxy(Object.freeze({ f: 1 }), { defineProperty() { return true; } });
print(Reflect.defineProperty(p, 'f', { value: 1 })); // expect: true
Reflect.defineProperty(p, 'f', { value: 2 }); // expect error: TypeError
