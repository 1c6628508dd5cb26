// Object.getOwnPropertyDescriptor on primitives, missing keys and builtins
print(Object.getOwnPropertyDescriptor({}, 'x')); // expect: undefined
const d = Object.getOwnPropertyDescriptor('abc', 1);
print(d.value, d.writable, d.enumerable, d.configurable); // expect: b false true false
const l = Object.getOwnPropertyDescriptor('abc', 'length');
print(l.value, l.writable, l.enumerable, l.configurable); // expect: 3 false false false
try { Object.getOwnPropertyDescriptor(null, 'x'); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.getOwnPropertyDescriptor(undefined); } catch (e) { print(e.constructor.name); } // expect: TypeError
const a = Object.getOwnPropertyDescriptor([1, 2], 'length');
print(a.value, a.writable, a.enumerable, a.configurable); // expect: 2 true false false
const m = Object.getOwnPropertyDescriptor(Math, 'PI');
print(m.writable, m.enumerable, m.configurable); // expect: false false false
print(Object.getOwnPropertyDescriptor(5, 'toFixed')); // expect: undefined
print(Object.getOwnPropertyDescriptor.length); // expect: 2
