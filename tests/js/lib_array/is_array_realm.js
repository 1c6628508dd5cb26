// Array.isArray sees through subclasses and not array-likes
class A extends Array {}
print(Array.isArray(new A()), Array.isArray(Object.create(Array.prototype))); // expect: true false
print(Array.isArray(new Array()), Array.isArray([])); // expect: true true
print(Array.isArray('abc'), Array.isArray(null)); // expect: false false
