// Set.prototype shape: size getter, keys alias
const d = Object.getOwnPropertyDescriptor(Set.prototype, 'size');
print(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name); // expect: function und