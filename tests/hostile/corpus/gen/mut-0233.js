class Vec { constrx, y) { this.x = x; this.y = y; } add(o) { return new Vec(this.x + o.x, this.y + o.y); } }
var acc = new Vec(0, 0);
for (var i = 0; i < 100000; i++) acc = acc.add(new Vec(1, 2)int(acc.x + "," + acc.y); // expect: 100000,200000
