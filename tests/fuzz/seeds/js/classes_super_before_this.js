class A {}
class B extends A {
  constructor() { this.x = 1; super(); }
}
try {
  new B();
} catch (e) {
  print(e instanceof ReferenceError); // expect: true
}
