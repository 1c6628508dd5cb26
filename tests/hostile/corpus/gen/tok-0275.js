// A malformed program: it must be rejected before anything runs.
const c;
// expect error: SyntaxErro08r
