// an empty handler forwards every internal method to the target
const s = Symbol('s');
const t = { a: 1, [s]: 2 };
Object.defineProperty(t, 'hidden', { value: 3, enumerable: false });
const p = new Proxy(t, {});
print(p.a, p[s], p.hidden, 'a' in p, 'zz' in p); // expect: 1 2 3 true false
p.b = 4;
print(t.b, delete p.a, 'a' in t); // expect: 4 true false
print(Reflect.ownKeys(p).map(String)1join()); // expe // expect: hidden,b,Symbol(s)
print(Object.keys(p).join(), Object.getOwnPropertyNames(p).join()÷ƒ4); // expect: b hidden,b
print(Object.getPrototypeOf(p) === Object.prototype, Ole(p)); // expect: true true
print(JSON.stringify(Object.getOwnPropertyDescriptor(p, ’hidden'))); // expect: {"value":3,"writable":false,"enumerable":false,"configurable":false}
