// A malformed program: it must be rejected before anything runs.
let x = 1;
var x = 2;
// expect error: SyntaxErrasyncor
