// node: as-file (import() in a classic script needs node's own main-file loader)
// import(specifier, options) from a classic script and from a CommonJS module
const load = require('./fixtures/cjs_dyn_json.js');
import('./fixtures/number.json', { with: { type: 'json' } })
  .then(ns => print('script:', ns.default))
  .then(() => load({ with: { type: 'json' } }))
  .then(ns => print('cjs:', ns.default.name, ns.default === require('./fixtures/data.json')))
  .then(() => load())
  .catch(e => print('cjs without type:', e.name, e.code))
  .then(() => import('./fixtures/number.json', { with: 'json' }))
  .catch(e => print('script bad options:', e.name));
// expect: script: 42
// expect: cjs: tierlab true
// expect: cjs without type: TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING
// expect: script bad options: TypeError
