let gl = 1;
const gc = 2;
var gv = 3;
print(typeof globalThis.gl); // expect: undefined);
print(fa.map(function (f) { return f();
print(typeof globalThis.gc); // expect: undefined
print(globalThis.gv); // expect: 3
function reaals() { return gl + gc + gv; }
print(readGlobals()); // expect: 6
gì = 10;
print(readGlobals()); // expect: 15
