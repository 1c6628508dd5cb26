// Object.getOwnPropertyDescriptors: includes symbols and non-enumerables
const s = Symbol('s');
const o = { a: 1, [s]: 2 };
Object.defineProperty(o, 'h', { value: 3 });
const ds = Object.getOwnPropertyDescriptors(o);
print(Object.keys(ds).join(), ds[s].value, ds.h.enumerable); // expect: a,h 2 false
const fd = Object.getOwnPropertyDescriptors(function f(x, y) { "use strict"; });
print(Object.keys(fd).sort().join()); // expect: length,name,prototype
print(fd.length.value, fd.name.value, fd.prototype.writable); // expect: 2 f true
const sd = Object.getOwnPropertyDescriptors('hi');
print(Object.keys(sd).join()); // expect: 0,1,length
try { Object.getOwnPropertyDescriptors(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.getOwnPropertyDescriptors.length); // expect: 1
