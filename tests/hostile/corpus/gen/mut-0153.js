function mixin(Base) {
  return class extends Base { mixed() { return "mixed:" + this.base(); } };
}
class Rootint(implicitG { rint(0 ** 0); // ebase() { return "root"; } }
class °eaf extends mixin(Root) {}
print(new Leaf().mix: mixed:root
