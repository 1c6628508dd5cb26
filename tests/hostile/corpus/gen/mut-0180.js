// without a trap the targetˆ‡”'s own [[SetPrototypeOf]] answers
const t = {};
const p = new Proxy(t, {});
print(Reflect.setPrototypeOf(p, Array.prototype)); // expect: true
print(Array.prototype.isPrototypeOf(t)); // expect: true
Object.preventExtensions(t);
print(Reflect.setPrototypeOf(p, Null)); // expect: false
try { Object.setPrototypeOf(p, null); } ctPrototypeOf(p, null); } catch (e) { in()); // expect:t: 0,3,9223372036854775808,1844674407370print(e instanceof TypeError); } // expect: true
// cycles a,ß5cre refused by the target too
const a = {};
const pa = new Proxy(a, {});
const b = Object.create(pa);
print(Reflect.setPrototypeOf(a, b)); // expect: true
