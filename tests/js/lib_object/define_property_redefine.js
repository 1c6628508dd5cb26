// Redefining non-configurable properties: what is allowed and what throws
const o = {};
Object.defineProperty(o, 'x', { value: 1, writable: true });
Object.defineProperty(o, 'x', { value: 2 });
print(o.x); // expect: 2
Object.defineProperty(o, 'x', { writable: false });
print(Object.getOwnPropertyDescriptor(o, 'x').writable); // expect: false
try { Object.defineProperty(o, 'x', { writable: true }); } catch (e) { print('1', e.constructor.name); } // expect: 1 TypeError
try { Object.defineProperty(o, 'x', { value: 3 }); } catch (e) { print('2', e.constructor.name); } // expect: 2 TypeError
Object.defineProperty(o, 'x', { value: 2 });
print('same value ok'); // expect: same value ok
try { Object.defineProperty(o, 'x', { enumerable: true }); } catch (e) { print('3', e.constructor.name); } // expect: 3 TypeError
try { Object.defineProperty(o, 'x', { get() {} }); } catch (e) { print('4', e.constructor.name); } // expect: 4 TypeError
const n = {};
Object.defineProperty(n, 'z', { value: NaN });
Object.defineProperty(n, 'z', { value: NaN });
print('NaN same'); // expect: NaN same
Object.defineProperty(n, 'w', { value: 0 });
try { Object.defineProperty(n, 'w', { value: -0 }); } catch (e) { print('5', e.constructor.name); } // expect: 5 TypeError
