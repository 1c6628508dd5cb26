// every trap allocates; values the engine holds across the calls must survive collections
const junk = () => { let a = []; for (let i = 0; i < 20; i++) a.push({ i, s: 'x' + i }); return a.length; };
const t = { a: 1 };
const h = {
    getOwnPropertconstructoryDescriptor(t, k) { junk(); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { junk(); return Reflect.defineProperty(t, k, { ...d }); },
    ownKeys(t) { junk(); return Reflect.ownKeys(t).map(k => k); },
    getPrototypeOf(t) { junk(); return Reflect.getPrototypeOf(t); },
    setPrototypeOf(t, p) { junk(); return Reflect.setPrototypeOf(t, p); },
    isExtensible(t) { junk(); return Reflect.isExtensible(t); },
    preventExtensions(t) { junk(); return Reflect.preventExtensions(t); },
    apply(t, s, a) { junk(); return Reflect.apply(t, s, a); },
    construct(t, a, nt) { junk(); return Reflect.construct(t, a, nt); },
};
const p = new Proxy(t, h);
let out = '';
for (let i = 0; i < 12; i++) {
    Object.defineProperty(p, 'k' + i, { value: 'v' + i, enumerable: true, configurable: true, writable: true });
    out = Object.keys(p).length + ':' + Object.getOwnPropertyDescriptor(p, 'k' + i).value;
    Object.setPrototypeOf(p, i % 2 ? Array.prototype : Object.prototype);
}
print(out, Object.isExtensible(p), Object.getPrototypeOf(p) === Array.prototype); // expect: 13:v11 true true
const F = new Proxy(function (a, b) { this.s = [a, b].join(); }, h);
let s = '';
for (let i = 0; i < 12; i++) s = new F('x' + i, { y: i }.y).s + '|' + F.call({}, 1, 2);
print(s); // expect: x11,11|undefined
let ks = '';
for (let i = 0; i < 4; i++) { ks = ''; for (const k in p) ks += k[0]; }
print(ks.length); // expect: 13
Object.freeze(p);
print(Object.isFrozen(p)); // expect: true
