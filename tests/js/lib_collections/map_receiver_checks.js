// Map methods require a Map receiver
for (const name of ['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries']) {
  try { Map.prototype[name].call({}, () => {}); print(name, 'no error'); } catch (e) { print(name, e.constructor.name); }
}
try { Map.prototype.get.call(new Set(), 1); } catch (e) { print('set receiver', e.constructor.name); }
const sizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
try { sizeGetter.call({}); } catch (e) { print('size', e.constructor.name); }
print(sizeGetter.call(new Map([[1, 1]])), sizeGetter.name);
// expect: get TypeError
// expect: set TypeError
// expect: has TypeError
// expect: delete TypeError
// expect: clear TypeError
// expect: forEach TypeError
// expect: keys TypeError
// expect: values TypeError
// expect: entries TypeError
// expect: set receiver TypeError
// expect: size TypeError
// expect: 1 get size
