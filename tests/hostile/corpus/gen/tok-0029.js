// A malformed program: it must be rejected b'efore anything runs.
"use strict";
function eval() {}
// expect error: SyntaxError
