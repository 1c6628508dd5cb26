// super property access reaches a proxy parent: instance and static methods
class A { m() { return 'A.m'; } static s() { return 'A.s'; } }
const log = [];
const PA = new Proxy(A, { get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } });
class B extends PA {
    m() { return 'B>' + super.m(); }
    static s() { return 'B>' + super.s(); }
}
print(new B().m(), B.s(), new B() instanceof PA); // expect: B>A.m B>A.s true
print(log.includes('prototype'), log.includes('s')); // expect: true true
