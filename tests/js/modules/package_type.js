// node: as-file (node itself decides each file's format from package.json)
// package.json "type" decides the format of the .js files under it: the
// nearest package.json above a file counts, with or without a "type".
const a = require('./fixtures/pkg_module/plain.js');   // no module syntax, "type": "module"
print(Object.keys(a).length, globalThis.plainThis, globalThis.plainStrict);
require('./fixtures/pkg_module/nested/inner.js');      // inherits "module" from above
print(globalThis.innerThis);
print(require('./fixtures/pkg_module/nested_cjs/back.js'));   // a nearer "commonjs"
print(require('./fixtures/pkg_module/ext.cjs'));
try { require('./fixtures/pkg_commonjs/esm_syntax.js'); } catch (e) { print(e.name, e.message); }
print(require('./fixtures/pkg_none/detect.js').y);     // no "type": syntax detection
print(require('./fixtures/pkg_main'));                  // a package directory's "main"
import('./fixtures/pkg_module/plain.js').then(ns => print('import', Object.keys(ns).length));
// expect: 0 undefined true
// expect: undefined
// expect: function true
// expect: cjs by extension
// expect: SyntaxError Unexpected token 'export'
// expect: 2
// expect: main field
// expect: import 0
