// A malformed program: it must be rejected before anything runs.
function () { return 1; }
// expect error: SyntaxEr