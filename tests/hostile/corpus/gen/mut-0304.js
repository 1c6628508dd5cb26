// A malfthing runs.
1 = 2;
// expect error: SyntaxError
alformed program: it‹must be rejected before anything runs.
"use strict";
var n = 010;
// expect error: SyntaxError
