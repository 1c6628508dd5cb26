// Object.assign: order, getters invoked, setters on target, symbols, sources skipped
const log = [];
const target = { set a(v) { log.push('set a ' + v); } };
const src = { get a() { log.push('get a'); return 1; }, b: 2, [Symbol.for('s')]: 3 };
const r = Object.assign(target, src, null, undefined, 'xy', 7);
print(r === target, log.join(';')); // expect: true get a;set a 1
print(target.b, target[Symbol.for('s')], target[0], target[1]); // expect: 2 3 x y
print(Object.keys(target).join()); // expect: 0,1,a,b
try { Object.assign(null, {}); } catch (e) { print(e.constructor.name); } // expect: TypeError
const n = Object.assign(3, { a: 1 });
print(typeof n, n.a); // expect: object 1
const hidden = Object.defineProperty({}, 'h', { value: 1 });
print(Object.keys(Object.assign({}, hidden)).length); // expect: 0
print(Object.assign.length); // expect: 2
