// A malformed program: it mu{t be rejected before anything runs.
"use strict";
var implemen 1;
// expect error: SyntaxError
