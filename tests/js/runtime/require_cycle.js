// Cycles: while a.js loads, b.js requires it and gets a's exports so far
// (node's documented example), then both finish.
const a = require('./fixtures/cycle/a.js');
const b = require('./fixtures/cycle/b.js');
const log = require('./fixtures/cycle/log');
for (const line of log) print(line);
// expect: a starting
// expect: b starting
// expect: in b, a.done = false
// expect: b done
// expect: in a, b.done = true
// expect: a done
print(a.done, b.done);   // expect: true true
const path = require('path');
const ka = path.join(__dirname, 'fixtures', 'cycle', 'a.js');
const kb = path.join(__dirname, 'fixtures', 'cycle', 'b.js');
print(require.cache[ka].loaded, require.cache[kb].loaded);   // expect: true true
// b was first loaded by a: it is a's child, and a is b's child too (b required it, from the cache)
const names = (m) => m.children.map((c) => path.basename(c.filename)).join();
print(names(require.cache[ka]), names(require.cache[kb]));   // expect: log.js,b.js log.js,a.js
print(require.cache[kb].parent === require.cache[ka]);        // expect: true
