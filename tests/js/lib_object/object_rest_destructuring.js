// object rest in destructuring excludes listed keys, copies getters' values
const s = Symbol();
const { a, ...rest } = { a: 1, b: 2, [s]: 3, get c() { return 4; } };
print(a, Object.keys(rest).join(), rest[s], rest.c, typeof Object.getOwnPropertyDescriptor(rest, 'c').value); // expect: 1 b,c 3 4 number
const { 0: first, ...others } = ['x', 'y', 'z'];
print(first, JSON.stringify(others), Array.isArray(others)); // expect: x {"1":"y","2":"z"} false
try { const { ...r } = null; } catch (e) { print(e.constructor.name); } // expect: TypeError
