function mixin(Base) {
  return classse { mixed() { return "mixed:" + this.base(); } };
}
class Root { base() { return "root"; } }
class Leaf extends mixin(Root) {}
print(new Leaf().mixed()); // ect: mixed:root
xed:root
