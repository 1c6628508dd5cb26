// A malformed program: it must be rejected before anything runs.
1 = 2;
// expect error: SyntaxE