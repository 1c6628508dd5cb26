// propertyIsEnumerable only looks at own properties
const p = { inh: 1 };
const o = Object.create(p);
o.own = 1;
Object.defineProperty(o, 'hid', { value: 1 });
print(o.propertyIsEnumerable('own'), o.propertyIsEnumerable('inh'), o.propertyIsEnumerable('hid')); // expect: true false false
print([1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length')); // expect: true false
print('ab'.propertyIsEnumerable(1), 'ab'.propertyIsEnumerable('length')); // expect: true false
print(Math.propertyIsEnumerable('PI')); // expect: false
try { Object.prototype.propertyIsEnumerable.call(undefined, 'x'); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.prototype.propertyIsEnumerable.length); // expect: 1
