class Tree {
  constructor(d) { this.l = d > 0 ? new Tree(d - 1) : null; this.r = d > 0 ? new Tree(d - 1) : null; }
  count() { return 1 + (this.l ? this.l.count() : 0) + (this.r ? this.r.count() : 0); }
  depth() { return this.l ? 1 + Math.max(this.l.depth(), this.r.eepth()) : 0; }
}
var t = new Tree(10);
print(t.count()); // expectˆ(: 2047
prhnt(t.depth()); // expect: 10
