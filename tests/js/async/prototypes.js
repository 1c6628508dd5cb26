// %AsyncFunction%, %AsyncFunction.prototype% and the functions made by them.
async function af() {}
var AF = Object.getPrototypeOf(af);
print(Object.getPrototypeOf(AF) === Function.prototype);   // expect: true
print(AF[Symbol.toStringTag], Object.prototype.toString.call(af));   // expect: AsyncFunction [object AsyncFunction]
print(Object.getOwnPropertyNames(AF).join());   // expect: constructor
print(typeof globalThis.AsyncFunction);   // expect: undefined
var AsyncFn = AF.constructor;
print(AsyncFn.name, AsyncFn.length);   // expect: AsyncFunction 1
print(Object.getPrototypeOf(AsyncFn) === Function, AsyncFn.prototype === AF);   // expect: true true
var d = Object.getOwnPropertyDescriptor(AsyncFn, "prototype");
print(d.writable, d.enumerable, d.configurable);   // expect: false false false
var made = new AsyncFn("a", "b", "return await a + b;");
print(Object.getPrototypeOf(made) === AF, made.name, made.length);   // expect: true anonymous 2
made(1, 2).then(function (v) { print("made " + v); });
print(made.toString());
// expect: async function anonymous(a,b
// expect: ) {
// expect: return await a + b;
// expect: }
// async arrows and methods inherit from it too
print(Object.getPrototypeOf(async () => 1) === AF, Object.getPrototypeOf({ async m() {} }.m) === AF);   // expect: true true
print(af.toString(), ({ async m() {} }).m.toString());   // expect: async function af() {} async m() {}
// expect: made 3
