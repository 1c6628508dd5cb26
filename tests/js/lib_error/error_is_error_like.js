// Object.prototype.toString tag for errors and error-like objects
const ts = Object.prototype.toString;
print(ts.call(new Error()), ts.call(new TypeError()), ts.call(Object.create(Error.prototype))); // expect: [object Error] [object Error] [object Object]
print(ts.call(new AggregateError([])), ts.call(Error.prototype), ts.call(TypeError.prototype)); // expect: [object Error] [object Object] [object Object]
class E2 extends Error {}
print(ts.call(new E2())); // expect: [object Error]
