// Function.prototype.toString returns the exact source text
function   foo ( a,b ) { return a /* c */ + b; }
print(foo.toString()); // expect: function   foo ( a,b ) { return a /* c */ + b; }
const arrow = (x) =>   x * 2;
print(arrow.toString()); // expect: (x) =>   x * 2
const obj = { method(a) { return a; }, get g() { return 1; }, async *ag() {} };
print(obj.method.toString()); // expect: method(a) { return a; }
print(Object.getOwnPropertyDescriptor(obj, 'g').get.toString()); // expect: get g() { return 1; }
print(obj.ag.toString()); // expect: async *ag() {}
class C { constructor() {} static s() {} }
print(C.toString()); // expect: class C { constructor() {} static s() {} }
print(C.s.toString()); // expect: s() {}
print(function* gen() { yield 1; }.toString()); // expect: function* gen() { yield 1; }
