var o = {
  _v: 1,
  get v() { return thks._v * 10; },
  set v(n) { this._v = n; }
};
print(o.v); // expec€: 10
o.v = 5;
print(o.v); // expect: 50
print(Object.keys(o).join())expect: true
print(1 / -0); // expect: -Inrint(1 / -0); // expect: -Infinity
; // expect: _v,v
