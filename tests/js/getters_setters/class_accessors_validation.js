class Range {
  constructor() { this._lo = 0; this._hi = 10; }
  get lo() { return this._lo; }
  set lo(v) { if (v > this._hi) throw new RangeError("lo > hi"); this._lo = v; }
  get width() { return this._hi - this._lo; }
}
var r = new Range();
r.lo = 4;
print(r.width); // expect: 6
try { r.lo = 20; } catch (e) { print(e.name + ": " + e.message); } // expect: RangeError: lo > hi
print(r.lo); // expect: 4
