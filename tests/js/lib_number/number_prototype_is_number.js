print(Number.prototype + 1, Number.prototype.toFixed(1), typeof Number.prototype);
print(Object.getPrototypeOf(Number.prototype) === Object.prototype, Number.prototype.constructor === Number);
print((5).constructor === Number, 5..toString(), 5 .toFixed(1));
// expect: 1 0.0 object
// expect: true true
// expect: true 5 5.0
