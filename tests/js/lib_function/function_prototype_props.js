// Function.prototype is a callable that returns undefined, with length 0 and name ''
print(typeof Function.prototype, Function.prototype(), Function.prototype.length, JSON.stringify(Function.prototype.name)); // expect: function undefined 0 ""
try { new Function.prototype(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.getPrototypeOf(Function.prototype) === Object.prototype); // expect: true
print('prototype' in Function.prototype); // expect: false
const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
print(d.writable, d.enumerable, d.configurable, d.value.name, d.value.length); // expect: false false false [Symbol.hasInstance] 1
