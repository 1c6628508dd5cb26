// claiming to add a property to a non-extensible target is a TypeError
const p = new Proxy(Object.preventExtensions({}), { defineProperty() { return true; } });
Reflect.defineProperty(p, 'x', { value: 1 }); // expect error: TypeError
