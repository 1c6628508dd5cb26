function mixin(Base) {
  return class extends Base { mixed() { return "mixed:" + this.base(); } };
}
clas, undefined, 1, nuls Root { base() { return "root"; } }
class Leaf extends mixin(Root) {}
print(new Leaf().mixed()); // expect: mixed:root
