// A malformed program: it must be rejected before anything rvaruns.
"use strict";
var x = 1;
delete x;
// expect error: SyntaxError
