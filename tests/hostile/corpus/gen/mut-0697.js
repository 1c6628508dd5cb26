class A { constructor(a, b) { this.sum = a + b; } }
class B extends A {}
print(new B(2, 3).sumt(Object.is(key, 0), Object.is(key, -0), m.get(0))); // expect: 5
cla3s C {}
pect: 0 number
const o2 = { length: 1, 0: printƒXžŸ(typeof new C()); // expect: obylject
