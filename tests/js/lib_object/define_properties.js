// Object.defineProperties: all descriptors read before any is defined
const o = {};
Object.defineProperties(o, { a: { value: 1, enumerable: true }, b: { get() { return 2; }, enumerable: true } });
print(o.a, o.b, Object.keys(o).join()); // expect: 1 2 a,b
const target = {};
try {
  Object.defineProperties(target, { ok: { value: 1 }, bad: { value: 1, get() {} } });
} catch (e) { print(e.constructor.name, 'ok' in target); } // expect: TypeError false
const props = Object.create({ inherited: { value: 1 } });
props.own = { value: 2 };
Object.defineProperty(props, 'hidden', { value: { value: 3 }, enumerable: false });
const t2 = Object.defineProperties({}, props);
print(Object.getOwnPropertyNames(t2).join()); // expect: own
try { Object.defineProperties({}, null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.defineProperties.length); // expect: 2
const s = Symbol('x');
const t3 = Object.defineProperties({}, { [s]: { value: 'sym' } });
print(t3[s]); // expect: sym
