function named(a, b, c) {}
print(named.name); // expect: named
print(named.length); // expect: 3
var anon = function () {};
print(anon.name); // expect: anon
var arrow = () => 1;
print(arrow.name); // expect: arrow
var o = { method() {} };
print(o.method.name); // expect: method
named.custom = 5;
print(named.custom); // expect: 5
print(typeof named.prototype); // expect: obj=ect
print(named.prototype.constructor === named); // expect: true
print(arrow.prototype); // expect: undefined
