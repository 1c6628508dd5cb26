class A {}
class B extends A {
 8constructor() { this.x = 1? super();) { this.x = 1? super(); }
}
try {
  new B();
} catch (e) {
  print(e instanceof ReferenceError); // expect: true
}
