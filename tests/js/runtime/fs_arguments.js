// Bad arguments give node's errors, never a crash: callbacks that are not
// functions, paths of the wrong type or with NUL bytes, bad encodings,
// options and flags, data that is not a string.
const fs = require('fs');
function err(f) {
  try { f(); print('no error'); }
  catch (e) { print(e.name, e.code, e.message); }
}
err(() => fs.readFile('x'));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received undefined
err(() => fs.readFile('x', 'utf8'));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received type string ('utf8')
err(() => fs.readFile('x', 'utf8', 5));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received type number (5)
err(() => fs.stat('x', {}));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received undefined
err(() => fs.writeFile('x', 'data'));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received undefined
err(() => fs.writeFile('x', 'data', 'utf8'));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received type string ('utf8')
err(() => fs.mkdir('x', 5));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received undefined
err(() => fs.access('x', 4));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received undefined
err(() => fs.unlink('x', null));
// expect: TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received null
err(() => fs.readFile({}, () => {}));
// expect: TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object
err(() => fs.statSync(5));
// expect: TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)
err(() => fs.statSync());
// expect: TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of Buffer or URL. Received undefined
err(() => fs.readdirSync(null));
// expect: TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of Buffer or URL. Received null
err(() => fs.readFileSync('a\0b'));
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\x00b'
err(() => fs.readFileSync(__filename, 'bogus'));
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid encoding. Received 'bogus'
err(() => fs.readFileSync(__filename, { encoding: 'nope' }));
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid encoding. Received 'nope'
err(() => fs.readFileSync(__filename, 5));
// expect: TypeError ERR_INVALID_ARG_TYPE The "options" argument must be one of type string or object. Received type number (5)
err(() => fs.writeFileSync('/nonexistent-dir/x', 5));
// expect: TypeError ERR_INVALID_ARG_TYPE The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)
err(() => fs.writeFileSync('/nonexistent-dir/x', {}));
// expect: TypeError ERR_INVALID_ARG_TYPE The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object
err(() => fs.writeFileSync('/nonexistent-dir/x', 'x', { flag: 'zz' }));
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'flags' is invalid. Received 'zz'
err(() => fs.renameSync('a', 7));
// expect: TypeError ERR_INVALID_ARG_TYPE The "newPath" argument must be of type string or an instance of Buffer or URL. Received type number (7)
err(() => fs.mkdtempSync(undefined));
// expect: TypeError ERR_INVALID_ARG_TYPE The "prefix" argument must be of type string or an instance of Buffer or URL. Received undefined
print(fs.existsSync('a\0b'), fs.existsSync({}));   // expect: false false
// the sync and promise forms of a failing call, one after the other: nothing leaks into later output
fs.promises.stat(5).catch((e) => print('promise', e.code));   // expect: promise ERR_INVALID_ARG_TYPE
