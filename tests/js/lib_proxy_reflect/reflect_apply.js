// Reflect.apply: target must be callable, args must be array-like object
print(Reflect.apply(Math.max, null, [1, 3, 2])); // expect: 3
print(Reflect.apply(function () { return this; }, 'x', []) instanceof String); // expect: true
print(Reflect.apply(String.prototype.slice, 'hello', { length: 1, 0: 1 })); // expect: ello
try { Reflect.apply(1, null, []); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Reflect.apply(Math.max, null); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Reflect.apply(Math.max, null, 'ab'); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Reflect.apply.length); // expect: 3
