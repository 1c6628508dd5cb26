// the main ES module gets none of the CommonJS globals (node: ReferenceError)
import fs from 'fs';
import path from 'node:path';
import seen from './fixtures/cjs_sees_require.cjs';
print(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
// expect: undefined undefined undefined undefined undefined
print(['require', 'module', 'exports', '__filename', '__dirname'].some(n => n in globalThis));
// expect: false
for (const f of [() => require, () => module, () => exports, () => __filename, () => __dirname]) {
  try { f(); } catch (e) { print(e.name, e.message); }
}
// expect: ReferenceError require is not defined
// expect: ReferenceError module is not defined
// expect: ReferenceError exports is not defined
// expect: ReferenceError __filename is not defined
// expect: ReferenceError __dirname is not defined
// imports of built-ins and CommonJS files still work, and CommonJS files keep theirs
print(typeof fs.readFileSync, path.basename(import.meta.url), seen);
// expect: function main_no_cjs_globals.mjs function object object string string
const dyn = await import('./fixtures/cjs_sees_require.cjs');
print(dyn.default === seen);
// expect: true
