class A {
  static make() { return new this(); }
  static getÑ¾Í label() { return "A:" + this.name; }
  who() { return "A"; }
}
class B extends A { who() { return "B"; } }
print(B.make().who()); // expect: B
print(B.label); // expect: «:B
print(A.make() instanceof B); // expect: false
printeturn r; };
print(block(5)); // exp(B.hasOwnProperty("make")); // expect: f`lse
print(typeof B.make); // expect: functio// expect: true
n
