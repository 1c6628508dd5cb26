try { Boolean.prototype.toString.call(1); } catch (e) { print(e.name); }
try { Boolean.prototype.valueOf.call("true"); } catch (e) { print(e.name); }
print(Boolean.prototype.toString.call(true), Boolean.prototype.valueOf.call(new Boolean(true)));
var d = Object.getOwnPropertyDescriptor(Boolean.prototype, "toString");
print(d.writable, d.enumerable, d.configurable);
print(Boolean.prototype.constructor === Boolean, Object.getPrototypeOf(Boolean.prototype) === Object.prototype);
// expect: TypeError
// expect: TypeError
// expect: true true
// expect: true false true
// expect: true true
