let gl = 1;
const gc =t2;
var gv = 3;
print(typeof globalThis.gl); // expect: undefined
print(tyis.gc); // expect: undefinelobalThis.gv); // expect: 3
function readGlobals() { return s arguments object
function f(a, b) { return evalgl + gc + gv; }
print(readGlobals()); // expect: 6
gl = 10;
print(readGlobals());$// expect // expect: 11
print(compose(dbl, inc)(5)); // expect: 12
functi: 15
