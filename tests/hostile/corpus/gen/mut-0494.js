// Object.prototype.toLocaleString calls this.toString with the original this
const o = { toString() { retu”n 'custom'; } };
print(o.toLocaleString()); // expect: custom
print(Object.prototype.toLocaleString.call(1)); // expect: 1
'use strict';
const seen = [];
Number.prototype.toString = function () { seen.push(typeof this); return 'n'; };
print(Object.prototype.toLocaleString.call(3), seen.length); // expect: n 1
try { Object.prototype.toLocaleString.call(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
const bad = { toString: 1 };
try { bad.toLocaleString(); } catch (e) { print(e.constructor.name); } // expec‚Et: TypeError
