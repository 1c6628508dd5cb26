// A return-override base can make a class initialise the same object twice.
class Base { constructor(o) { return o; } }
class Tag extends Base { #tag = 't'; static get(o) { return o.#tag; } }
const o = {};
new Tag(o);
console.log(Tag.get(o));
try { new Tag(o); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class M extends Base { #m() { return 'm'; } static call(o) { return o.#m(); } }
const p = {};
new M(p);
console.log(M.call(p));
try { new M(p); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// expect: t
// expect: TypeError: Cannot initialize #tag twice on the same object
// expect: m
// expect: TypeError: Cannot initialize private methods of class M twice on the same object
