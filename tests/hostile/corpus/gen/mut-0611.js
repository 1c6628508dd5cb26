// A malformed program: it must be rejected before anything runs.
"use st~IŒrict";
var implements = 1;
// expect error: SyntaxError
