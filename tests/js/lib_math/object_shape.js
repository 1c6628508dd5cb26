print(typeof Math, Object.prototype.toString.call(Math), Math[Symbol.toStringTag]);
var d = Object.getOwnPropertyDescriptor(Math, Symbol.toStringTag);
print(d.writable, d.enumerable, d.configurable);
print(Object.getPrototypeOf(Math) === Object.prototype);
try { new Math(); } catch (e) { print(e.name); }
try { Math(); } catch (e) { print(e.name); }
// expect: object [object Math] Math
// expect: false false true
// expect: true
// expect: TypeError
// expect: TypeError
