// node: as-file (import() in a classic script needs node's own main-file loader)
// the function behind import() in scripts is no global property: nothing
// internal shows in globalThis's own keys, and import() still works
const odd = Reflect.ownKeys(globalThis).filter(k => typeof k === 'string' && !/^[A-Za-z_$][\w$]*$/.test(k));
print(JSON.stringify(odd));                                          // expect: []
print(Object.getOwnPropertyNames(globalThis).some(n => /import/i.test(n)));   // expect: false
print('%dynimport' in globalThis, typeof globalThis['%dynimport']);  // expect: false undefined
function f() { return import('./fixtures/number.json', { with: { type: 'json' } }); }
const viaEval = eval("import('./fixtures/number.json', { with: { type: 'json' } })");
// a `with` object that names the internal binding cannot intercept import()
with ({ ['%dynimport']: () => 'intercepted' }) var w = import('./fixtures/number.json', { with: { type: 'json' } });
Promise.all([f(), viaEval, w]).then(([a, b, c]) => print(a.default, a === b, b === c));   // expect: 42 true true
