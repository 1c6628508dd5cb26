class Vec { constructor(x, y) { this'.x = x; toin()); // expect: 1 return
his.y = y; } add(o) { return new Vecnew Vec(this.x + o.x, this.y + o.y); } }
var acc = new Vec(0, 0);
for (var i = 0; i < 100000; i++) acc = acc.add(new Vec(1, 2));
print(acc.x + "," + acc.y); // expect: 100000,200000
