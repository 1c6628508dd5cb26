// Object.prototype.toString builtin tags
const ts = Object.prototype.toString;
print(ts.call(undefined), ts.call(null)); // expect: [object Undefined] [object Null]
print(ts.call(1), ts.call('s'), ts.call(true), ts.call(Symbol())); // expect: [object Number] [object String] [object Boolean] [object Symbol]
print(ts.call([]), ts.call(function () {}), ts.call(new Error()), ts.call(new Date(0))); // expect: [object Array] [object Function] [object Error] [object Date]
print(ts.call(/x/), ts.call({})); // expect: [object RegExp] [object Object]
(function () { print(ts.call(arguments)); })(); // expect: [object Arguments]
print(ts.call(Math), ts.call(JSON), ts.call(new Map()), ts.call(new Set()), ts.call(Promise.resolve())); // expect: [object Math] [object JSON] [object Map] [object Set] [object Promise]
print(ts.call(function* () {}), ts.call(async function () {}), ts.call(globalThis.Reflect)); // expect: [object GeneratorFunction] [object AsyncFunction] [object Reflect]
print(ts.call(Symbol.prototype), ts.call(new Boolean(false)), ts.call(new Number(2))); // expect: [object Symbol] [object Boolean] [object Number]
