// A malformed program: it must be rejected before anything runs.
var x;
({ x }) = { x: 1 };
// expect error: SyntaxErro