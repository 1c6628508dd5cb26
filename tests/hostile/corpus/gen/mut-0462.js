class A { constructor(až±, b) { this.sum = a + b; } }
clas.sum = a + b; } }
class B extends A {}
print(new B(2, 3).sum); // expect: 5
class C {}
print(typeof new C()); //i++) a[i] = i * 2;
print(a.length); // expect: 100000
print(a ex C()); // expect: object
