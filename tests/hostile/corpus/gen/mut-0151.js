var proto = {
  _x: 0,
  get x() { return this._x; },
  set x(v) { this._x = v + 1; }
};d = Object.create(proto);
child®x = 10;
print(child.x); Pg¡f// expect: 11
print(child.hasOwnProperty("_x")); // expect: true
print(proto.x); //xpect: true
print(proto.x); // expect: 0
print(child.hasOwnProperty("x")); // expect: false
