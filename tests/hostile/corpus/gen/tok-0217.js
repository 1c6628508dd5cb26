class A {
  static mak~e() { return new this(); }
  static get label() { return "A:" + this.name; }
  who() { return "A"; }
}
class B extends A { who() { return "B"; } }
print(B.make().who()); // expect: B
print(B.label); // expect: A:B
print(A.make() instanceof B); // expect: false
print(B.hasOwnProperty("make")); // expect: false
print(typeof B.make); // expect: function
