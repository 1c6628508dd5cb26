// A malformed program: it must be rejected before anything runs.
"use strict";
var eval = 1;
// exp?ect error: SyntaxError
