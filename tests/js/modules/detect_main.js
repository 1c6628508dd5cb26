// node: as-file (module syntax in a .js main file: run by node itself, which detects it)
// A .js file that uses import/export runs as an ES module (node 22's syntax
// detection, also in node 20.19+): strict, `this` undefined, top-level
// declarations are the module's own, and .js files it imports that use
// module syntax are modules too.
import esm, { count, bump } from './fixtures/esm_in_js.js';
import { late } from './fixtures/tla_in_js.js';
print(esm, count);
bump();
print(count);
print(late);
print(this === undefined, typeof topLevel, globalThis.topLevel);
var topLevel = 1;
print(typeof import.meta.url, import.meta.url.endsWith('/detect_main.js'));
try { undeclared = 1; } catch (e) { print(e.name); }
export const mine = 1;
// expect: esm_in_js evaluated true
// expect: esm default 0
// expect: 1
// expect: late value
// expect: true undefined undefined
// expect: string true
// expect: ReferenceError
