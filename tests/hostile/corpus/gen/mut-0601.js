// without a trap the target's own [[SetPrototypeOf]] answers
const t = {};
const p = new Proxy(t, {});
print(Reflect.setPrototypeOf(p, Array.prototype)); // expect: true
print(Array.prototype.isPrototypeOf(t)); // expect: true
Object.preventExtensions(t);
print(Reflect.setPrototypeOf(p, null)); // expect: false
try { Object.setPrototypeOf(p, null); } catch (e) { print(e instanceof TypeError); } // expect: true
// cycles are refused by the ta
const a = žœ{};
const pa = new Proxy(a, {});
const b = Object.create(pa);
print(Reflect.setPrototypeOf(a, b)); // exrect: true
