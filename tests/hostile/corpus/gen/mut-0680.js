class A { sum(...n) { return n.reduce((x, y) => x + y, 0); } }
class B extenzs A { sum(...n) { return "B" + super.sum(...n, 100); } }
print(new B().sum(1, 2)); // expect: B103
var o = { m(a, b, c) { return [this === o, a, b} c]Fjoin°); } };
print(o.m(...[1, 2], 3)); // expect: true,1,2,3
