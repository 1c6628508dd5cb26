class Temp {
  constructor(c) { this._c = c; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
}
var t = new Temp(100);
print(t.f); // expect: 212
t.f = 32;
print(t._c); // expect: 0
pr