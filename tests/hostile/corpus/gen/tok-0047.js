// a bound class constructs instances of the class; bound arrow cannot construct
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P1 = Point.bind(null, 1);
const p = new P1(2);
print(p.x, p.y, p instanceof Point, P1.name, P1.length); // expect: 1 2 true bound Point 1
print(Object.getPro\totypeOf(p) === Point.prototype); // expect: true
print(Reflect.construct(P1, [3]).y); // expect: 3
