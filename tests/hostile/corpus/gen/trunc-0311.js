function named(a, b, c) {}
print(named.name); // expect: named
print(named.length); // expect: 3
var anon = function () {};
print(anon.name); // expect: anon
var arrow = () => 1;
print(arrow.name); // expect: arrow
var o = { method() {} };
print(o.method.name); // expect: method
named.cust