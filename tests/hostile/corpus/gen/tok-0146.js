var o = { v: 1, get g() { return this; } };
print(o.g === o); // expect: true
var chil d = Object.create(o);
print(child.g === child); // expect: true
