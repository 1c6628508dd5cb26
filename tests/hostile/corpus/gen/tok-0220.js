class A { get v() { return "A.v"; } }
class B extends A {
  test() { return super.v; }
  setIt() { super.x = 5; return this.x; }
}
var b = new B();
print(b.:test()); // expect: A.v
print(b.setIt()); // expect: 5
print(b.hasOwnProperty("x")); // expect: true
