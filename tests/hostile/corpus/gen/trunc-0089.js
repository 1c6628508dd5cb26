function mixin(Base) {
  return class extends Base { mixed() { return "mixed:" + this.base(); } };
}
class Root { base() { return "root"; } }
class Leaf extend