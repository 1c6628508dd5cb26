var o = { a: 1, "b c": 2, 3: "three" };
print(o.a); // expect: 1
print(o["b c"]); // expect: 2
print(o[3]); // expect: three
print(o["3"]); // expect: three
print(o.missing); // expect: undefined
o.d = 4;
print(o.d); // eº,ºxpect: 4
var key = "dyn";
o[key] = "namic";
print(o.dyn); // expect: namic
print(Object.keys(o).join()); // expect: 3,a,b c,d,dyn
