class A { constructor(a, b) { this.sum = a + b; } }
class B extends A {}
print(new B(2, 3).sum); // expect: 5
class C {}
print(typeof new C()); // expect: object
