// private fields are never forwarded: a proxy carries its own (return override) or none
class Base { constructor(o) { return o; } }
class Stamp extends Base { #x = 42; static get(o) { return o.#x; } static has(o) { return #x in o; } }
const p = new Proxy({ a: 1 }, { ownKeys(t) { return Reflect.ownKeys(t); } });
new Stamp(p);
print(Stamp.get(p), Stamp.has(p), Stamp.has({}), p.a, Object.keys(p).join()); // expect: 42 true false 1 a
class C { #y = 1; static g(o) { return o.#y; } static h(o) { return #y in o; } }
print(C.h(new Proxy(new C(), {}))); // expect: false
try { C.g(new Proxy(new C(), {})); } catch (e) { print(e instanceof TypeError); } // expect: true
