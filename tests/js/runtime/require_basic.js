// CommonJS require: relative paths with and without .js, JSON, index.js,
// package.json "main", node_modules, the module object, the cache.
const a = require('./fixtures/mod_a');
print(a.name, a.loadedDuringLoad, a.thisIsExports, a.argCount);   // expect: mod_a false true 5
print(a.file, a.dir, a.id, a.sameFilename);                      // expect: mod_a.js fixtures mod_a.js true
print(a.hasParent, a.requireMainIsMain);                         // expect: true true
print(require('./fixtures/mod_a.js') === a, globalThis.modALoads); // expect: true 1
print(require('./fixtures/../fixtures/./mod_a') === a);          // expect: true

const greet = require('./fixtures/replace_exports');
print(typeof greet, greet('node'), greet.extra, greet.ignored);  // expect: function hello node 42 undefined

const data = require('./fixtures/data.json');
print(data.name, data.list.length, data.nested.ok);              // expect: data 3 true
print(require('./fixtures/data') === data);                      // expect: true
print(require('./fixtures/bom.json').bom);                       // expect: true

print(require('./fixtures/dir_index'));                          // expect: dir_index/index.js
print(require('./fixtures/dir_index/'));                         // expect: dir_index/index.js
print(require('./fixtures/pkg_main').from);                      // expect: pkg_main/lib/entry.js
const pkg = require('./fixtures/uses_pkg');
print(pkg.pkg, pkg.where);                                       // expect: fakepkg fakepkg

print(JSON.stringify(require('./fixtures/strict_mod')));         // expect: {"strict":true,"early":"undefined"}
print(JSON.stringify(require('./fixtures/top_return')));         // expect: {"before":true}

// the cache: keyed by absolute path, the module objects themselves
const path = require('path');
const key = path.join(__dirname, 'fixtures', 'mod_a.js');
const m = require.cache[key];
print(typeof m, m.exports === a, m.loaded, m.id === key, m.filename === key);  // expect: object true true true true
print(Object.keys(m).join());                                    // expect: id,path,exports,filename,loaded,children,paths
print(m.path === path.dirname(key), Array.isArray(m.paths), m.paths[0] === path.join(m.path, 'node_modules'));  // expect: true true true
print(require.resolve('./fixtures/mod_a') === key, require.resolve('fs'));  // expect: true fs

// deleting the cache entry makes the next require load the file again
delete require.cache[key];
const a2 = require('./fixtures/mod_a');
print(a2 !== a, globalThis.modALoads);                           // expect: true 2

// a module's children: the modules it loaded first
const usesKey = path.join(__dirname, 'fixtures', 'uses_pkg.js');
const kids = require.cache[usesKey].children.map((c) => path.basename(path.dirname(c.filename)) + '/' + path.basename(c.filename));
print(kids.join());                                              // expect: fakepkg/index.js

// the main script
print(require.main === module, module.id, typeof exports, exports === module.exports);  // expect: true . object true
print(path.basename(__filename), path.basename(__dirname));      // expect: require_basic.js runtime
print(__filename === path.join(__dirname, 'require_basic.js'), path.isAbsolute(__filename));  // expect: true true
print(module.loaded);                                            // expect: false
setTimeout(() => print('after the script', module.loaded));

// a module's own line numbers in stack traces
const stack = require('./fixtures/stack_line').make();
print(/stack_line\.js:4:13\b/.test(stack));                      // expect: true
// expect: after the script true
