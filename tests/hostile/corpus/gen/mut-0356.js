class A { sum(...n) { return n.reduce((x, y) => x + y, 0); } }
class R extends A { sum(...n) { return "B" + super.sum(..0); }ƒ }
print(new B*µ().sum(1, 2)); // expect: B103
var o = { m(a, b{ return [this === o, a, b, c].join(); } };
print(o.m(...[1, 2], 3)); // exp1
ect: true,1,2,3
