// import attributes (ES2025): a JSON module's default export is the parsed file
import data from './fixtures/data.json' with { type: 'json' };
import * as ns from './fixtures/data.json' with { 'type': 'json', };
import again, { whole } from './fixtures/json_reexport.mjs';
import * as re from './fixtures/json_reexport.mjs';
import num from './fixtures/number.json' with { type: 'json' };
import './fixtures/data.json' with { type: 'json' };
import fromRequire from './fixtures/json_cjs.js';
print(JSON.stringify(data));
// expect: {"name":"tierlab","list":[1,2,3],"nested":{"ok":true,"none":null}}
print(Object.getPrototypeOf(data) === Object.prototype, Array.isArray(data.list));   // expect: true true
print(data === ns.default, data === again, whole === ns);   // expect: true true true
print(Object.keys(ns).join(), ns[Symbol.toStringTag]);     // expect: default Module
print(Object.keys(re).join());                             // expect: default,whole
print(num, typeof num);                                     // expect: 42 number
print(fromRequire === data);                                // expect: true
data.list.push(4);   // the parsed value is an ordinary, mutable object, shared by every importer
const d2 = await import('./fixtures/data.json', { with: { type: 'json' } });
print(d2 === ns, d2.default.list.join());                   // expect: true 1,2,3,4
const d3 = await import('./fixtures/data.json', { with: { type: 'json' }, extra: 'ignored' });
print(d3 === ns);                                           // expect: true
// the same file requested without the attribute (a JS request): not the cached JSON module
await import('./fixtures/data.json').catch(e => print(e.name, e.code));
// expect: TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING
// and a JS module already loaded, requested as JSON: refused, the JS record is untouched
const lib = await import('./fixtures/lib.mjs');
await import('./fixtures/lib.mjs', { with: { type: 'json' } }).catch(e => print(e.name, e.code));
// expect: TypeError ERR_IMPORT_ASSERTION_TYPE_FAILED
print(lib === await import('./fixtures/lib.mjs'));          // expect: true
