// Files without module syntax stay classic scripts, even when the words
// import, export and await appear (strings, property names, identifiers).
var await = 'await is a name here';
var s = 'import x from "y"; export default 1';
var o = { import: 1, export: 2 };
print(await, s.length, o.import + o.export);
print(globalThis.s === s, this === globalThis);
// expect: await is a name here 35 3
// expect: true true
