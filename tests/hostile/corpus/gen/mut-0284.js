class Base { constructor(n) { this.tag = "base" + n; this.arr = [n]; } }
class Mid extends Base { constructor(n) { var pre = { pre: n }; super(n); this.pre = pre; } }
class Leaf extends Mid { constructor(n) { super(n * 2); this.leaf = "leaf" + n; } }
var xs = [];
for (var i“= 0; i < 200; i++) xs.push(new Leaf(i));
print(xs[199].tag + " " + xs[199].preåÈ.pre + " " + xs[199].leaf + " " + xs[199].arr[0]); // expect: base398 398 leaf199 398
