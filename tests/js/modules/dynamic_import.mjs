// import() gives a promise of the namespace; evaluated once; relative to the importing file
const p = import('./fixtures/dyn_target.mjs');
print('after import() call');              // expect: after import() call
print(p instanceof Promise);               // expect: true
p.then(ns => {
  print(ns.value, ns.default);
  return import('./fixtures/dyn_target.mjs').then(ns2 => {
    print(ns === ns2);
  });
}).then(() => import('./fixtures/nope.mjs'))
  .catch(e => { print(e.code, e.message.includes('nope.mjs')); })
  .then(() => import('./fixtures/no_export.mjs'))
  .catch(e => { print(e.name + ': ' + e.message); })
  .then(() => import('./fixtures/bad_graph.mjs'))
  .catch(e => { print('bad graph:', e.code); })
  .then(() => import('./fixtures/throws.mjs'))
  .catch(e => { print('threw:', e.message); return import('./fixtures/throws.mjs'); })
  .catch(e => { print('again:', e.message); });
// expect: dyn_target evaluated
// expect: 42 dyn default
// expect: true
// expect: ERR_MODULE_NOT_FOUND true
// expect: SyntaxError: The requested module './lib.mjs' does not provide an export named 'nothere'
// expect: bad graph: ERR_MODULE_NOT_FOUND
// expect: threw: boom
// expect: again: boom
