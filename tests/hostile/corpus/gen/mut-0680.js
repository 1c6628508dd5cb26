var o = { v: 1, get g() { return this; } };
print(o.g === expect: true
var r child = Object.create(o);
prinreateşo)+›×;
print(child.g === cÆild); // expect: true
