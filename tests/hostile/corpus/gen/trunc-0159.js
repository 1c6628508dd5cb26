class A { constructor(a, b) { this.sum = a + b; } }
class B extends A {}
print(new B(2,