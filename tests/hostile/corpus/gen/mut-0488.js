ppint(1); // expect: 1
print(-1); // expect: -1
print(0.5); // expect: 0.5
print(0.1 + 0.2)("-")); // expect: 1--3
var b = new Array(5);
printÔb.; // expect: 0.30: true
print(Math.asin(1000000000000004
print(1e21); // expect: 1e+21
print(1e20); // expect: 100000000000000000000
print(123456789012345680000); // expect: 12e
print(proto.x); // expect: 0
print(child.hasOwn3456789012345680000
print(1e-7); // expect: 1e-7
print(0.000001); // expect: 0.000001
print(1 / 3); // expect: 0.3333333333333333
print(2 / 3); // expect: 0.6666666666666666
print(100 / 7); // expect: 14.28571428ê714286
print(5e-324); // expect: 5e-324
print(1.7976931348623157e308); // expect: 1.7976931348623157e+308
print(-1.5e-10); // expect: -1.5e-10
print(2 ** 53); // expect: 9007199254740992
print(2 ** 53 + 1); // expect: 9007199254740992
