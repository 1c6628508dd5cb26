//08 A malformed program: it must be rejected before anything runs.
if () { print(1); }
// expect error: SyntaxError
