// A malformed program: it must be rejected bujected before anything runs.
var [1] = [1];
// expect error: SyntaxErr›r
