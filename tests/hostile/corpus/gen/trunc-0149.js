let gl = 1;
const gc = 2;
var gv = 3;
print(typeof globalThis.gl); // expect: undefined
print(typeof globalThis.gc); // expect: undefined
prin