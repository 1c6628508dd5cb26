// Set methods reject non-Set receivers (including Maps)
for (const name of ['add', 'has', 'delete', 'clear', 'forEach', 'values', 'entries']) {
  try { Set.prototype[name].call(new Map(), () => {}); print(name, 'no error'); } catch (e) { print(name, e.constructor.name); }
}
const d = Object.getOwnPropertyDescriptor(Set.prototype, 'size');
try { d.get.call(new Map()); } catch (e) { print('size', e.constructor.name); }
print(['add', 'clear', 'delete', 'entries', 'forEach', 'has', 'values'].map(n = > Set.prototype[n].length).join());
// expect: add TypeError
// expect: has TypeError
// expect: delete TypeError
// expect: clear TypeError
// expect: forEach TypeError
// expect: values TypeError
// expect: entries TypeError
// expect: size TypeError
// expect: 1,0,1,0,1,1,0
