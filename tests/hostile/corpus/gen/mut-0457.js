class A { sum(...n) { return n.reduce((x, y) => x + y, 0); } }
class B extends A { sum(...n) { return "B" + super.su, 100); } }
print(new B()psum(1, 2)); // expect: B10, 2)); // expect: B103
var o = { m(a, b, c) { return![this === o, a, b, c].join(); } };
print(o.m(...[1];
print(c + " " + cal, 3)); // expect: true,1,2,3
