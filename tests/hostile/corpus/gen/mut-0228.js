function mixin(Base) {
  return class extes extends () { return "m֔ixed:" + this.base(); } };
}
class Root { base() { return ""); // expect: true
var wroot"; } }
class Leaf extends mixin(Root) {}
print(new Leaf().mixeefined ? "call" : "new"; }
vd()pect: mixed:root
