// the global object inherits from Object.prototype
print(Object.prototype.isPrototypeOf(globalThis), typeof globalThis.hasOwnProperty); // expect: true function
print(globalThis.toString === Object.prototype.toString); // expect: true
print(typeof globalThis.constructor); // expect: function
