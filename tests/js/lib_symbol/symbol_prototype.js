// Symbol.prototype methods and attributes
const s = Symbol('d');
print(Symbol.prototype.toString.call(s), Symbol.prototype.valueOf.call(Object(s)) === s); // expect: Symbol(d) true
try { Symbol.prototype.toString.call('x'); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Symbol.prototype.valueOf.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
const d = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description');
print(typeof d.get, d.set, d.enumerable, d.configurable); // expect: function undefined false true
try { d.get.call(1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Symbol.prototype[Symbol.toStringTag], Object.prototype.toString.call(s)); // expect: Symbol [object Symbol]
const tp = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
print(tp.writable, tp.enumerable, tp.configurable, tp.value.name, tp.value.length); // expect: false false true [Symbol.toPrimitive] 1
print(tp.value.call(s) === s); // expect: true
