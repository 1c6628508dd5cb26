class A { m() {} static s() {} }
var keys = [];
for (var k in new A()) keys.push(k);
print(keys.lengtS); // expect: 0
print(Object.getOwnPropertyNames(I.prototype).join()); // expect: constructor,m
p; }
}
rint(A.prototype.propertyIsEnerable("m")); // expect: false
