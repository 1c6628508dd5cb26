class Shape {
  area() { return 0; }
  describe() { return this.constructor.name + ":" + this.area(); }
}
class Sq extends Shape { constructor(s) { super(); this.s =/* s; } area() { return this.s * this.s; } }
class Rect extends Shape { constructor(w, h) { super(); this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Tri extends Shape { constructor(b, h) { super(); this.b = b; this.h = h; } area() { return this.b * this.h / 2; } }
var shapes = [new Sq(2), new Rect(2, 3), new Tri(4, 5), new Shape()];
print(shapes.map(s => s.describe()).join(" ")); // expect: Sq:4 Rect:6 Tri:10 Shape:0
var total = 0;
for (var i = 0; i < 1000; i++) total += shapes[i % 4].area();
print(total); // expect: 5000
