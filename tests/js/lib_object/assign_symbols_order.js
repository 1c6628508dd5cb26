// Object.assign copies string keys first (in order) then symbols
const log = [];
const s1 = Symbol('s1');
const src = { [s1]: 1, b: 2, 1: 3, a: 4 };
const t = {};
for (const k of Reflect.ownKeys(src)) Object.defineProperty(t, k, { set(v) { log.push(String(k)); }, configurable: true });
Object.assign(t, src);
print(log.join()); // expect: 1,b,a,Symbol(s1)
