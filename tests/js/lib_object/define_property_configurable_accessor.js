// configurable accessors can be replaced piecewise
const o = {};
Object.defineProperty(o, 'x', { get() { return 1; }, set(v) {}, configurable: true });
Object.defineProperty(o, 'x', { get() { return 2; } });
const d = Object.getOwnPropertyDescriptor(o, 'x');
print(o.x, typeof d.set, d.configurable, d.enumerable); // expect: 2 function true false
Object.defineProperty(o, 'x', { set: undefined });
print(Object.getOwnPropertyDescriptor(o, 'x').set); // expect: undefined
const n = {};
Object.defineProperty(n, 'y', { get() { return 1; } });
try { Object.defineProperty(n, 'y', { get() { return 2; } }); } catch (e) { print(e.constructor.name); } // expect: TypeError
Object.defineProperty(n, 'y', { get: Object.getOwnPropertyDescriptor(n, 'y').get });
print('same getter ok'); // expect: same getter ok
