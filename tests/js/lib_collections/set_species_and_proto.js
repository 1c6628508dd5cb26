// Set.prototype shape: size getter, keys alias
const d = Object.getOwnPropertyDescriptor(Set.prototype, 'size');
print(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name); // expect: function undefined false true get size
print(Object.prototype.toString.call(new Set()), Set.prototype[Symbol.toStringTag]); // expect: [object Set] Set
print(Object.getOwnPropertyDescriptor(Set.prototype, 'keys').value === Set.prototype.values); // expect: true
