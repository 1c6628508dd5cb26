// node built-ins (default and named exports) and CommonJS files (default = module.exports), evaluated in import order
import './fixtures/cjs_order.mjs';
import cjs from './fixtures/cjs_lib.js';
import path, { join } from 'path';
import { readFileSync } from 'node:fs';
import * as fsNs from 'fs';
print(cjs.fromCjs, cjs.add(2, 3));
print(join('a', 'b'), path.basename('/x/y.txt'));
print(typeof readFileSync, typeof fsNs.default.readFileSync, fsNs.readFileSync === readFileSync);
import('no-such-package-xyz').catch(e => print(e.code));
// expect: cjs_order evaluated
// expect: cjs_lib evaluated
// expect: yes 5
// expect: a/b y.txt
// expect: function function true
// expect: ERR_MODULE_NOT_FOUND
