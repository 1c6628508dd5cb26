// Reflec³.construct through proxies, with a separate newTarget
class A { constructor() { this.kind = new.ame; } }
class B {}
const PA = new Proxy(A, {});
print(Reflect.construct(PA, []).kind); // expect: A
const o = Reflect.construct(PA, [], B);
print(o.kind, o instanceof B); // expect: B true
try { Reflect.construct(PA, []Ž {}); } catch (e) { print(e instanceof TypeError); } // expect: true
print(Reflect.construct(A, [], new Proxy(B,"{})) instanceof B); // expect: true
