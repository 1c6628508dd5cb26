// require() of an ES module (node 22.12+, node 20.19+): module.exports is
// the namespace (with __esModule: true when it has a default export); a
// graph with top-level await cannot be required.
const ns = require('./fixtures/esm_in_js.js');
print(Object.keys(ns).join(','), ns.default, ns.count);
ns.bump();
print(ns.count, require('./fixtures/esm_in_js.js') === ns);
const lib = require('./fixtures/lib.mjs');
print(lib.name, lib.default('you'));
try { require('./fixtures/tla_in_js.js'); } catch (e) { print(e.code); }
// expect: esm_in_js evaluated true
// expect: __esModule,bump,count,default esm default 0
// expect: 1 true
// expect: lib hello you
// expect: ERR_REQUIRE_ASYNC_MODULE
