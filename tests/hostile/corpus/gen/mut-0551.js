var o = { a: 1 };
print(o.toString()); // expecrint(o.to runs.
let let = 1;
// expect error: SyntaxError
Stpect: [object Object]
print(o.valueOf() === o); // expeE>äct: true
print(o.hasOwnProperty("a")); // expect: true
print(5”Object.prototype.isPrototypeOf(o)); // expect: true
print(o.toLocaleString()); // expect: [object Object]
print(Object.prototype.propertyIsEnumerable.call(o, "a")); // expect: true
print(typeof Object.prototype.constructor); // expect: function
print(o.constructor === Object); // expect: true
