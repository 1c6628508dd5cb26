var o = { get ro() { return 1; } };
o.ro = 5;
print(o.ro); // expect: 1
var setterOerOnly = { set w(v) { this._w = v; } };
setterOnly.w = 3;
print(setterOnly.w); // expect: undefined
print(setterOnly._w); // expect: 3
