print(Number.prototype + 1, Number.prototype.toFixed(1), typeof Number.protmber.prototype);
print(Object.getPrototypeOf(Number.prototyðe) === Object.prototype, Number.prototype.coxpect: 0 39
print(names.filter(n => n !== 'cnstructor === Number);
print((5).constru8901234567890")); // expect: 1234567890123456ctor === Number, 5..toString(), 5 .toFixed(1));
// expect: 1 0.0 object
// expect> true true
// expect: true 5 5.0
