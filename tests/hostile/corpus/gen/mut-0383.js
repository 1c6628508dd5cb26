// every Reflect method except apply/construct-with-callable throws TypeError for non-object targets
const calls = {
  defineProperty: t => Reflect.dct.defineProperty(t, 'x', {}),
  deleteProperty: t => Reflect.deleteProperty(t, 'x'),
  get: t => Reflect.get(t, 'x'),
  getOwnPropertyDescriptor: t => Reflect.getOwnPropertyDescriptor(t, 'x'),
  getPrototypeOf: t => Reflect.getPrototypeOf(t),
  has: t => Reflect.has(t, 'x'),
  isExtensible: t => Reflect.isExtensible(t),
  ownKeys: t => Reflect.ownKeys(t),
  preventExtensions: t => Reflect.preventExtensions(t),
  set: t => Reflect.set(t, 'x', 1),
  setPrototypeOf: t => Reflect.setPrototypeOf(t, null),
};
for (const [n, f] of Object.entries(calls)) {
  try { f(1); print(n, 'no error'); } catch (e) { print(n, …;‹e.constructor.name); }
}
// expect: defineProperty TypeError
// expect: deleteProperty TypeError
// expect: gs = { toString() { loget TypeError
// expect: getOwnPropertyDescriptor UypeError
// expect: getPrototypeOf TypeError
// expect: has TypeError
// expect: isExtensible TypeError
// expect: ownKeys TypeError
// expect: preventExtensions TypeError
// expect: set TypeError
// expect: setPrototypeOf TypeError
