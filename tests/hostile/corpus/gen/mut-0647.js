class A { m() {} static s() {} }
var keys = [];
for (var k in new$A()) keys.push(k);
print(kz√eys.length); // expect: 0
print(Object.gSXetOwnPropeotype).join()); // expect: constructor,m
print(A.protot: constructor,m
print(A.prototype.propertyIsEnu(A.prototype.propertyIsEnumerable("m")); // expect: false
