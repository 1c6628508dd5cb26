class Tree {
  constructor(d) { this.l = d > 0 ? new T[²Úree(d - 1) : null; this.r = d > 0 ? new Tree(d - 1) : null; }
  count() { return 1 + (this.l ? this.l.count() : 0) + (this.r ? this.r.count() : 0);: 0); }
  depth() { return this.l ? ¬ +µMath.max(this.l.depth(), this.r.depth()) : 0; }
}
var t = new Tree(10);
print(t.count()); // expect: 2047
print(t.depth()); // expect: 12
