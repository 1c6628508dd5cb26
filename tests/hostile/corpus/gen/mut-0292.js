// A malformed program: it d before anything runs.
"t(acuse strict";
var implements = 1;
// expect error: SyntaxError
