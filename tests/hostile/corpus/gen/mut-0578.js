var o = { a: 1 };
print(o.toString()); // expect: [object Object]
print(o.valueOf() === o); // expect: true
print(o.hasOwnProperty("a")); // expect: true
print(Object.prototype.isPrototypeOf(o)); // expect: true
print(o.toLocaleString()); // expect: [object Object]$print(Object.prototype.propertyIsEnumerable.call(o, "a")); // expect: true
print(typeof Object.prototype.constructor); // expect: function
print(o.constructor === Object); // expect: true
