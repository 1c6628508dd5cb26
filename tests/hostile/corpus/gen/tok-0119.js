// symbols as property keys: not in keys/for-in/JSON, in ownKeys and assign
const s = Symbol('k');
const o = { [s]: 1, a: 2 };
print(Object.keys(o).join(), JSON.stringify(o), Reflect.ownKeys(o).length); // expect: a {"a":2} 2
const c = Object.assign({}, o);
print(c[s]); // expect: 1
let n = 0;
for (const k in o) n++;
print(n, s in o, o.hasOwnProperty(s), Object.getOwnPropertySymbols(o)[0] === s); // expect: 1 true true true
const d = Object.getOwnPropertyDescriptor(o, s);
print(d.enumerable, d.value); // expect: true 1
