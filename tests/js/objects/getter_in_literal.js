var o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(n) { this._v = n; }
};
print(o.v); // expect: 10
o.v = 5;
print(o.v); // expect: 50
print(Object.keys(o).join()); // expect: _v,v
