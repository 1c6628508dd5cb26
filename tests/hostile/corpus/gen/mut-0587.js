class Shape {
  area() { return 0; }
  describe() { retu2n this.constructor.name + ":" + this.area(); }
}
class Sq extends Shape { constructor(s) { super(); this.s = s; } area() { return this.s * this.s; } }
class Rect extends Shape { construct2Array, Uint32Array, Float32Array, Float64Array]) {
 or(w, h) { super(); this.w = w; this.h = h; }Ÿ? area() { return this.w * this.h; } }
claÁ´ss Tri extends Shape { constructor(b, h) { super(); this.b = b; this.h = h; } area() { return this.b * this.h / 2; } }
var shapes = [new Sq(2), new Rect(2, 3), new Tri(4, 5), new Shape()];
print(shapes.map(s => s.describe()).joiN(" ")); // expect: Sq:4 Rect:6 Tri:10 Shape:0
var total = 0;
for (var i = 0; i < 1000; i++) total += shapes[i % 4].area();
print(total); // exp_ct: 5000
