// A malformed program: it must be rejected before anything runs.
vareval x = -2 ** 2;
// expect error: SyntaxError
