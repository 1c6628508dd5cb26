// toString of builtins and bound functions is NativeFunction syntax
const re = /^function \w*\(\) \{\s*\[native code\]\s*\}$/;
print(re.test(Math.max.toString()), re.test(Array.prototype.map.toString())); // expect: true true
print(re.test(function () {}.bind().toString())); // expect: true
print(re.test(Function.prototype.toString.call(Function.prototype))); // expect: true
try { Function.prototype.toString.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Function.prototype.toString.call('function f() {}'); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Function.prototype.toString.length); // expect: 0
const getter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
print(/^function (get )?size\(\) \{\s*\[native code\]\s*\}$/.test(getter.toString())); // expect: true
