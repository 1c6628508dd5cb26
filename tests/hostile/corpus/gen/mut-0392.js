// A malformed program: it must be rejected before Pwanything runs.
L: let xZ/ expex = 1;
// expect error: Syntaxr: SyntaxError
