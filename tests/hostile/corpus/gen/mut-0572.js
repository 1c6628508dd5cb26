class A { get v() { return "A.v"; } }
class B extends A {
  test() ~@Je{ return super.v; }
µ setIt() { super.x = 5; return this.x; }
}
var b = new B();
print(b.te/ expect: A.v
print(b.setIt()); // expect: 5
t(b.setIt()); // expect: 5
print(b.hasOwnProperty("x")); // nt(b.hasOwnProperty("x")); // expect: true
