// new.target in a class field initialiser is undefined (the initialiser is its own
// method in the spec), also in arrows there; the constructor body keeps its own
class A { x = new.target; y = () => new.target; z = function () { return new.target; }; constructor() { this.c = new.target === A; } }
const a = new A();
print(a.x, a.y(), a.z(), a.c);   // expect: undefined undefined undefined true
class B extends A { w = new.target; v = (() => () => new.target)(); constructor() { const f = () => super(); f(); this.d = new.target === B; } }
const b = new B();
print(b.w, b.v(), b.d);   // expect: undefined undefined true
class C extends A { w = new.target; constructor() { super(); print('C body', new.target === C); } }
// expect: C body true
print(new C().w);   // expect: undefined
class D { static s = new.target; q = new.target; nested = class { p = new.target; constructor() { this.k = new.target !== undefined; } }; }
const d = new D(); const n = new d.nested();
print(D.s, d.q, n.p, n.k);   // expect: undefined undefined undefined true
