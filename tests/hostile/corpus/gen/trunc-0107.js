let gl = 1;
const gc = 2;
var gv = 3;
print(typeof globalThis.gl); // expect: undefined
print(typeof globalThis.gc); // expect: undefined
print(globalThis.gv); // expect: 3
function readGlobals() { return gl + gc + gv; }
print(readGlobals()); // expect: 6
gl = 10;
print(readGl