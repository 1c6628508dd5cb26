"use strict";
const a = new Uint8Array([1, 2]);
print(delete a[5], delete a["-0"], delete a["1.5"]);
a.x = 1;
print(delete a.x);
try { delete a[0]; } catch (e) { print(e instanceof TypeError); }
print(Reflect.deleteProperty(a, 0), Reflect.deleteProperty(a, 2), a[0]);

// expect: true true true
// expect: true
// expect: true
// expect: false true 1
