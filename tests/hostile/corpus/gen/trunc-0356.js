// Map.prototype property attributes and lengths
const names = ['clear', 'delete', 'entries', 'forEach', 'get', 'has', 'keys', 'set', 'values'];
print(names.map(n => n + '/' + Map.prototype[n].length).join(' ')); // expect: clear/0 delete/1 entries/0 forEach/1 get/1 has/1 keys/0 set/2 values/0
const d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
print(typeof d.get, d.set, d.enumerable, d.configurable); // expect: function undefined false true
print(Map.prototype[Symbol.iterator] === Map.prototype.entries); // expect: true
print(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(Map.pro