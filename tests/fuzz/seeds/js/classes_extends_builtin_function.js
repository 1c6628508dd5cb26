function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class NewStyle extends OldStyle {
  constructor(v) { super(v * 2); }
  get2() { return super.get() + 1; }
}
var n = new NewStyle(5);
print(n.get()); // expect: 10
print(n.get2()); // expect: 11
