// Built-in modules by name and with the node: prefix; the 'path' module.
const fs = require('fs');
print(fs === require('node:fs'), require('fs/promises') === fs.promises, require('node:fs/promises') === fs.promises);
// expect: true true true
const timers = require('timers');
print(timers.setTimeout === setTimeout, timers.clearInterval === clearInterval, timers.setImmediate === setImmediate);
// expect: true true true
print(require('process') === process, require('node:process') === process);   // expect: true true
const path = require('path');
print(path === require('node:path'), path.sep, path.delimiter, path.posix === path);   // expect: true / : true

print(path.join('/a/b', '../c', './d'), path.join('a', '', 'b/'), path.join(), path.join('..', 'x', '..', '..'));
// expect: /a/c/d a/b/ . ../..
print(path.normalize('/a//b/../c/.'), path.normalize(''), path.normalize('./'), path.normalize('a/..'), path.normalize('/..'));
// expect: /a/c . ./ . /
print(path.resolve('/a/b', './c'), path.resolve('/a/b', '/x', 'y/'), path.resolve('/') , path.resolve('/a/b/..'));
// expect: /a/b/c /x/y / /a
print(path.resolve('x') === path.join(process.cwd(), 'x'), path.resolve() === process.cwd());   // expect: true true
print(path.dirname('/a/b/c.js'), path.dirname('/a'), path.dirname('a'), path.dirname('/a/b/'), path.dirname(''));
// expect: /a/b / . /a .
print(JSON.stringify([path.basename('/a/b/c.js'), path.basename('/a/b/c.js', '.js'), path.basename('/a/b/'),
  path.basename('c.js', 'c.js'), path.basename('/a/c.js', 'c.js'), path.basename('aaa', 'a'), path.basename('//'),
  path.basename('/a/x.js/', '.js')]));
// expect: ["c.js","c","b","","c.js","aa","","x"]
print(JSON.stringify([path.extname('a.js'), path.extname('a.b.c'), path.extname('.bashrc'), path.extname('a.'), path.extname('a/b'), path.extname('..')]));
// expect: [".js",".c","",".","",""]
print(path.isAbsolute('/x'), path.isAbsolute('x'), path.isAbsolute(''));   // expect: true false false
print(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a/b/c'), JSON.stringify(path.relative('/a', '/a')));
// expect: ../../d b/c ""
try { path.join('a', 5); } catch (e) { print(e.code, e.message); }
// expect: ERR_INVALID_ARG_TYPE The "path" argument must be of type string. Received type number (5)
