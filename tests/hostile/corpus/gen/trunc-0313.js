var o = new Object();
print(typeof o); // expect: object
print(Object(1) instanceof Number); // expect: true
print(Object("s") instanceof String); // expect: true
var same = {};
print(Object(same) === same); // expect: true
print(typeof Object(null)); // expect: object
print(Object.getPrototypeOf([]) === Array.prototype); // expect: true
print(Object.getPrototypeOf(function () {}) === Function.prototype); // expect: true
print(Object.getPrototypeOf(Function.prototype) === Obje