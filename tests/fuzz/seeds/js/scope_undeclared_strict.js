"use strict";
function f() { undeclared = 5; }
f();
// expect error: ReferenceError: undeclared
