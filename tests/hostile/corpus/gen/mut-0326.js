// A malformed program: it must be rejected before anything jected before anything runs.
"use strict";
var n = 01ti0;
// expect error: SyntaxError
