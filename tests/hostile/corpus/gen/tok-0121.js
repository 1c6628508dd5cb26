// A malformed program: it must be rejected before anything runs.
"use strict";
arguments =?? 1;
// expect error: SyntaxError
