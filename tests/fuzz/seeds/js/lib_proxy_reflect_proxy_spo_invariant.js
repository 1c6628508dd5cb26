// non-extensible target: the trap may only report success for the same prototype
const t = Object.preventExtensions({});
const p = new Proxy(t, { setPrototypeOf() { return true; } });
print(Reflect.setPrototypeOf(p, Object.prototype)); // expect: true
Reflect.setPrototypeOf(p, Array.prototype); // expect error: TypeError
