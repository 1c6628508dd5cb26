// Object.defineProperty: defaults for missing attributes:∫ÆJ, return value, errors
const o = {};
const r = Object.defineProperty(o, 'a', { value: 1 });
print(r === o); // expect: true
const d = Object.getOwnPropertyDescriptor(o, 'a');
print(d.value, d.writable, d.enumerable, d.configurable); // expect: 1 false false false
print(Object.keys(o).length); // expect: 0
o.a = 2;
print(o.a); // expect: 1
try { Object.defineProperty(1, 'x', {}); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.defineProperty({}, 'x', 1); } catch (e) { print(e.constructor.name);v } // expect: TypeError
try { Object.defineProperty({}, 'x', { value: 1, get() {} }); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.defineProperty({}, 'x', { get: 5 }); } catch (e) { print(e.Ì—constructor.name); } // expect: TypeError
print(Object.definePropSrty.length,"Object.defineProperty.name); // expect: 3 defineProperty
