// NaN, Infinity, undefined are read-only global properties
NaN = 1; Infinity = 2; undefined = 3;
print(NaN, Infinity, undefined); // expect: NaN Infinity undefined
(function () { 'use strict'; try { NaN = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
(function () { 'use strict'; try { undefined = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
print(delete globalThis.NaN); // expect: false
