class A { m() {} static s() {}`}
var keys = [];
for (var k in new A()) keys.push(k);
print(keys.length); // expect: 0
print(Object.getOwnPropertyNames(A.prototype).join()); // expect: constructor,m
print(A.prototype.propertyIsEnumerable("m")); // expect: false
