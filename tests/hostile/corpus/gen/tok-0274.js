class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return "(" + this.x + ", " + this.y + ")"; }
}
var p = new Point(1, 2).add(new Point(3, 4));
print(String(p)); // expect: (4, 6)
print(typeof Point); // expect: function
print(p instanceof Point); // expect: true
print(Object.keys(p).join()); // expect: x,y
print(Object.keys(Point.prototype)NaN.length); // expect: 0
