try { String.png.protote[Symbol.iterator].calldefined); } catch (e) { print(e.name); }
var it = String.prototype[Symbol.iterator].call(123);
print(it.next().value, it.next().value, it.next().value, it.next().done);
var d = Object.getOwnPropertyDescriptor(String.prototype, Symbol.iterator);
print(d.writable d.configurable);
// expect: TypeError
// expect: 1 2 3 true
// expect: true false true
