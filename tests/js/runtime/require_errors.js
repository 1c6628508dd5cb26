// require's errors have node's shapes, and a module that fails to load is
// not cached (so a second require runs it again).
function show(f) {
  try { f(); print('no error'); }
  catch (e) { print(e.name, e.code, e.message.split('\n')[0]); return e; }
}
const e1 = show(() => require('./fixtures/nope'));
// expect: Error MODULE_NOT_FOUND Cannot find module './fixtures/nope'
print(e1.message.split('\n')[1], e1.requireStack.length, e1.requireStack[0] === __filename);
// expect: Require stack: 1 true
print(e1.message.split('\n')[2] === '- ' + __filename);   // expect: true
show(() => require('no-such-package'));
// expect: Error MODULE_NOT_FOUND Cannot find module 'no-such-package'
show(() => require('./fixtures'));
// expect: Error MODULE_NOT_FOUND Cannot find module './fixtures'
show(() => require('node:nope'));
// expect: Error ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:nope
show(() => require(''));
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'id' must be a non-empty string. Received ''
show(() => require(5));
// expect: TypeError ERR_INVALID_ARG_TYPE The "id" argument must be of type string. Received type number (5)
show(() => require());
// expect: TypeError ERR_INVALID_ARG_TYPE The "id" argument must be of type string. Received undefined
show(() => require({}));
// expect: TypeError ERR_INVALID_ARG_TYPE The "id" argument must be of type string. Received an instance of Object

// a JSON file that does not parse: the message starts with the file name
const path = require('path');
const badJson = path.join(__dirname, 'fixtures', 'bad.json');
try { require('./fixtures/bad.json'); } catch (e) {
  print(e.name, e.message.startsWith(badJson + ': '));   // expect: SyntaxError true
}
print(badJson in require.cache);   // expect: false

// a syntax error names the file and the line
try { require('./fixtures/bad_syntax'); } catch (e) {
  print(e.name, /bad_syntax\.js:3\b/.test(e.stack));   // expect: SyntaxError true
}
print(path.join(__dirname, 'fixtures', 'bad_syntax.js') in require.cache);   // expect: false

// a module that throws while loading: the error comes through, the module is not cached
const throwsKey = path.join(__dirname, 'fixtures', 'throws.js');
for (let i = 0; i < 2; i++) {
  try { require('./fixtures/throws'); } catch (e) { print(e.name, e.message); }
}
// expect: RangeError throws.js failed on load 1
// expect: RangeError throws.js failed on load 2
print(throwsKey in require.cache);   // expect: false

// a package.json that does not parse: node 20's SyntaxError with the file's path
const pkgJson = path.join(__dirname, 'fixtures', 'pkg_bad', 'package.json');
try { require('./fixtures/pkg_bad'); } catch (e) {
  print(e.name, e.message.startsWith('Error parsing ' + pkgJson + ': '), e.path === pkgJson, Object.keys(e).join());
  // expect: SyntaxError true true path
}
