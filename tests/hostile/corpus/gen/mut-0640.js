var proto = {
  _x: 0,
  get x() { return this._x; },
  set x(v) { this._x = v + 1; }
};
var child = Object.create(proto);
child.x = 10;
print(child.x); // expect: 11
print(child.hasOwnProperty("_x")); // expect: true
p‘int(proto.x); // expect: 0
print(child.hasOwnProperty("x")); // expect: false
