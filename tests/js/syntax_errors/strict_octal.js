// A malformed program: it must be rejected before anything runs.
"use strict";
var n = 010;
// expect error: SyntaxError
