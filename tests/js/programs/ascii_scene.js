// A retained-mode 2-D scene rendered to an ASCII canvas: a shape class
// hierarchy (virtual contains/bbox/describe, accessors, static factories),
// groups with translation, z-ordering, hit testing, and serialization of the
// scene graph to JSON and back.

class Canvas {
  constructor(w, h, bg) {
    this.w = w;
    this.h = h;
    this.rows = [];
    for (var y = 0; y < h; y++) {
      var row = [];
      for (var x = 0; x < w; x++) row.push(bg || ".");
      this.rows.push(row);
    }
  }
  plot(x, y, ch) {
    x = Math.round(x); y = Math.round(y);
    if (x >= 0 && y >= 0 && x < this.w && y < this.h) this.rows[y][x] = ch;
  }
  toString() { return this.rows.map(function (r) { return r.join(""); }).join("\n"); }
}

class Shape {
  constructor(ink) { this.ink = ink || "#"; this.id = Shape.nextId++; }
  get kind() { return this.constructor.name.toLowerCase(); }
  contains(x, y) { return false; }
  bbox() { return { x0: 0, y0: 0, x1: -1, y1: -1 }; }
  // Default rasterization: sample every cell of the bounding box.
  draw(canvas, dx, dy) {
    var b = this.bbox();
    for (var y = Math.floor(b.y0); y <= Math.ceil(b.y1); y++)
      for (var x = Math.floor(b.x0); x <= Math.ceil(b.x1); x++)
        if (this.contains(x, y)) canvas.plot(x + dx, y + dy, this.ink);
  }
  area() {
    var b = this.bbox(), n = 0;
    for (var y = Math.floor(b.y0); y <= Math.ceil(b.y1); y++)
      for (var x = Math.floor(b.x0); x <= Math.ceil(b.x1); x++)
        if (this.contains(x, y)) n++;
    return n;
  }
  describe() { return this.kind + "#" + this.id; }
  toJSON() { return { type: this.kind, ink: this.ink }; }
  static fromJSON(j) {
    switch (j.type) {
      case "rect": return new Rect(j.x, j.y, j.w, j.h, j.ink);
      case "circle": return new Circle(j.cx, j.cy, j.r, j.ink);
      case "line": return new Line(j.x0, j.y0, j.x1, j.y1, j.ink);
      case "triangle": return new Triangle(j.pts, j.ink);
      case "group": {
        var g = new Group(j.dx, j.dy);
        j.children.forEach(function (c) { g.add(Shape.fromJSON(c)); });
        return g;
      }
    }
    throw new TypeError("unknown shape type " + j.type);
  }
}
Shape.nextId = 1;

class Rect extends Shape {
  constructor(x, y, w, h, ink) { super(ink); this.x = x; this.y = y; this.w = w; this.h = h; }
  contains(px, py) { return px >= this.x && py >= this.y && px < this.x + this.w && py < this.y + this.h; }
  bbox() { return { x0: this.x, y0: this.y, x1: this.x + this.w - 1, y1: this.y + this.h - 1 }; }
  area() { return this.w * this.h; }
  toJSON() { var j = super.toJSON(); j.x = this.x; j.y = this.y; j.w = this.w; j.h = this.h; return j; }
}

class Circle extends Shape {
  constructor(cx, cy, r, ink) { super(ink); this.cx = cx; this.cy = cy; this.r = r; }
  contains(x, y) { var dx = x - this.cx, dy = y - this.cy; return dx * dx + dy * dy <= this.r * this.r; }
  bbox() { return { x0: this.cx - this.r, y0: this.cy - this.r, x1: this.cx + this.r, y1: this.cy + this.r }; }
  toJSON() { var j = super.toJSON(); j.cx = this.cx; j.cy = this.cy; j.r = this.r; return j; }
}

class Line extends Shape {
  constructor(x0, y0, x1, y1, ink) { super(ink); this.x0 = x0; this.y0 = y0; this.x1 = x1; this.y1 = y1; }
  // Lines are drawn by stepping, not by sampling.
  draw(canvas, dx, dy) {
    var steps = Math.max(Math.abs(this.x1 - this.x0), Math.abs(this.y1 - this.y0));
    for (var i = 0; i <= steps; i++) {
      var t = steps === 0 ? 0 : i / steps;
      canvas.plot(this.x0 + (this.x1 - this.x0) * t + dx, this.y0 + (this.y1 - this.y0) * t + dy, this.ink);
    }
  }
  get length() { var a = this.x1 - this.x0, b = this.y1 - this.y0; return Math.sqrt(a * a + b * b); }
  contains(x, y) {
    var c = new Canvas(Math.max(this.x0, this.x1) + 1, Math.max(this.y0, this.y1) + 1);
    this.draw(c, 0, 0);
    return y >= 0 && y < c.h && x >= 0 && x < c.w && c.rows[y][x] === this.ink;
  }
  bbox() { return { x0: Math.min(this.x0, this.x1), y0: Math.min(this.y0, this.y1), x1: Math.max(this.x0, this.x1), y1: Math.max(this.y0, this.y1) }; }
  toJSON() { var j = super.toJSON(); j.x0 = this.x0; j.y0 = this.y0; j.x1 = this.x1; j.y1 = this.y1; return j; }
}

class Triangle extends Shape {
  constructor(pts, ink) { super(ink); this.pts = pts; }
  contains(x, y) {
    var p = this.pts;
    function side(ax, ay, bx, by) { return (bx - ax) * (y - ay) - (by - ay) * (x - ax); }
    var d1 = side(p[0][0], p[0][1], p[1][0], p[1][1]);
    var d2 = side(p[1][0], p[1][1], p[2][0], p[2][1]);
    var d3 = side(p[2][0], p[2][1], p[0][0], p[0][1]);
    var neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
  }
  bbox() {
    var xs = this.pts.map(function (p) { return p[0]; }), ys = this.pts.map(function (p) { return p[1]; });
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  }
  toJSON() { var j = super.toJSON(); j.pts = this.pts; return j; }
}

class Group extends Shape {
  constructor(dx, dy) { super("?"); this.dx = dx || 0; this.dy = dy || 0; this.children = []; }
  add(s) { this.children.push(s); return this; }
  draw(canvas, dx, dy) {
    var self = this;
    this.children.forEach(function (c) { c.draw(canvas, dx + self.dx, dy + self.dy); });
  }
  contains(x, y) { var self = this; return this.children.some(function (c) { return c.contains(x - self.dx, y - self.dy); }); }
  hit(x, y) {
    for (var i = this.children.length - 1; i >= 0; i--) {
      var c = this.children[i];
      var lx = x - this.dx, ly = y - this.dy;
      if (c instanceof Group) { var inner = c.hit(lx, ly); if (inner) return inner; }
      else if (c.contains(lx, ly)) return c;
    }
    return null;
  }
  bbox() {
    var b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (var c of this.children) {
      var cb = c.bbox();
      b.x0 = Math.min(b.x0, cb.x0 + this.dx); b.y0 = Math.min(b.y0, cb.y0 + this.dy);
      b.x1 = Math.max(b.x1, cb.x1 + this.dx); b.y1 = Math.max(b.y1, cb.y1 + this.dy);
    }
    return b;
  }
  count() { return this.children.reduce(function (n, c) { return n + (c instanceof Group ? c.count() : 1); }, 0); }
  toJSON() { return { type: "group", dx: this.dx, dy: this.dy, children: this.children }; }
}

var scene = new Group();
scene.add(new Rect(1, 1, 8, 4, "="))
     .add(new Circle(15, 5, 3, "o"))
     .add(new Line(0, 9, 23, 9, "-"))
     .add(new Triangle([[20, 0], [23, 6], [17, 6]], "^"))
     .add(new Group(2, 6).add(new Rect(0, 0, 3, 2, "#")).add(new Circle(7, 1, 1, "*")));

var canvas = new Canvas(24, 10);
scene.draw(canvas, 0, 0);
print(canvas.toString());
// expect: ....................^...
// expect: .========...........^...
// expect: .========......o...^^^..
// expect: .========....ooooo.^^^..
// expect: .========....ooooo^^^^^.
// expect: ............oooooo^^^^^.
// expect: ..###....*...oooo^^^^^^^
// expect: ..###...***..ooooo......
// expect: .........*.....o........
// expect: ------------------------

print(scene.count()); // expect: 6
print(JSON.stringify(scene.bbox())); // expect: {"x0":0,"y0":0,"x1":23,"y1":9}
var hits = [[2, 2], [15, 5], [20, 3], [3, 7], [9, 7], [0, 0], [10, 9]].map(function (p) {
  var s = scene.hit(p[0], p[1]);
  return s ? s.describe() : "none";
});
print(hits.join(" ")); // expect: rect#2 circle#3 triangle#5 rect#7 circle#8 none line#4
print([new Rect(0, 0, 3, 4).area(), new Circle(0, 0, 2).area(), new Triangle([[0, 0], [4, 0], [0, 4]]).area()].join()); // expect: 12,13,15
print(new Line(0, 0, 3, 4).length); // expect: 5

var json = JSON.stringify(scene);
var copy = Shape.fromJSON(JSON.parse(json));
var canvas2 = new Canvas(24, 10);
copy.draw(canvas2, 0, 0);
print(canvas2.toString() === canvas.toString()); // expect: true
print(JSON.stringify(copy) === json); // expect: true
print(copy.children[4].children[1].describe()); // expect: circle#20
try { Shape.fromJSON({ type: "hexagon" }); } catch (e) { print(e.message); } // expect: unknown shape type hexagon

// Draw many translated copies and count inked cells.
var big = new Canvas(60, 20, " ");
for (var i = 0; i < 10; i++) {
  var g = new Group(i * 6, (i % 3) * 6).add(new Circle(2, 2, 2, String.fromCharCode(48 + i)));
  g.draw(big, 0, 0);
}
var inked = big.toString().split("").filter(function (c) { return c !== " " && c !== "\n"; }).length;
print(inked); // expect: 130
