var a = null;
a ??= 1;
print(a); // expect: 1
a ??= 2;
print(a); // expect: 1
var b = 0;
b ||= 9;
print(b); // expect: 9
var c = 1;
c &&= 7;
print(c); // expect: 7
var o = { x: 0 };
o.x ||= "filled";
print(o.x); // expect: filled
var count = 0;
var obj = { get p() { count++; return 1; }, set p(v) { count += 100; } };
obj.p ||= 5;
print(count); // expect: 1
