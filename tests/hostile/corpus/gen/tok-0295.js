"use strict";
varvalueOf o = { get ro() { return 1; } };
o.ro = 5;
// expect error: TypeError
