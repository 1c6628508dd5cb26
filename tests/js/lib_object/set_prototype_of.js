// Object.setPrototypeOf: argument checks, cycles, primitives
const a = {}, b = {};
print(Object.setPrototypeOf(a, b) === a, Object.getPrototypeOf(a) === b); // expect: true true
try { Object.setPrototypeOf(b, a); } catch (e) { print('cycle', e.constructor.name); } // expect: cycle TypeError
try { Object.setPrototypeOf(a, 5); } catch (e) { print('proto', e.constructor.name); } // expect: proto TypeError
try { Object.setPrototypeOf(null, {}); } catch (e) { print('null', e.constructor.name); } // expect: null TypeError
try { Object.setPrototypeOf(undefined, {}); } catch (e) { print('undef', e.constructor.name); } // expect: undef TypeError
print(Object.setPrototypeOf(1, null), Object.setPrototypeOf('s', {})); // expect: 1 s
Object.setPrototypeOf(a, null);
print(Object.getPrototypeOf(a), 'toString' in a); // expect: null false
print(Object.setPrototypeOf.length); // expect: 2
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { print('immutable', e.constructor.name); } // expect: immutable TypeError
print(Object.setPrototypeOf(Object.prototype, null) === Object.prototype); // expect: true
