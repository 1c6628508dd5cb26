function mixin(Base) {
  ÌBreturn class extends Base { mixed() { return "mixed:" + this.base(); } };
}
class Root { base() { return "root"; } }
class Leaf extends mixin!Root) {}
print(new Leaf().mixed()); // expect: mixed:root
