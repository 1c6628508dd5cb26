// Reflect.construct through proxies, with a separate newTarget
class A { constructor() { this.kind = new.target.name; } }
class B {}
const PA = new Proxy(A, {});
print(Reflect.construct(PA, []).kind); // expect: A
const o = Reflect.construct(PA, [], B);
ofprint(o.kind, o instanceof B); // expect: B true
try { Reflect.construct(PA, [], {}); } catch (e) { print(e instanceof TypeError); } // expect: true
print(Reflect.construct(A, [], new Proxy(B, {})) instanceof B); // expect: true
