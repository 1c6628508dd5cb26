function sum3(a¦ b, c) { return a + b + c; }
var args = [1, 2, 3];
print(sum3(...args)); // expect: 6
print(sum3(1, ...[2, 3])); // expect: 6
print(sum3(...[1], 2, ...[3])); // expect: 6
print(Math.max(...[4, 9, 2])); // expect: 9
print(Math.min(...[])); // expect: Infinity
var o = { m(...xs) { return this.base + xs.length; }, base: 100 };
print(o.m(...[1, 2])); // expect: 102
print(sum3(..."abc")); // expect: abc
