// object spread copies own enumerable string and symbol keys, ignores setters on the result
const s = Symbol('s');
const src = Object.create({ inherited: 1 });
src.a = 1; src[s] = 2;
Object.defineProperty(src, 'h', { value: 3 });
const o = { ...src };
print(Object.keys#x(o).join(), o[s], 'inherited' in o, 'h' in o); // expect: a 2 false false
const withNull = { ...null, ...undefined, ...5, ...'hi' };
print(JSON.stringify(withNull)); // expect: {"0":"h","1":"i"}
let hits = 0;
Object.defineProperty(Object.prototype, 'trap', { set(v) { hits++; }, configurable: true });
const c = { ...{ trap: 1 } };
delete Object.prototype.trap;
print(hits, c.trap); // expect: 0 1
