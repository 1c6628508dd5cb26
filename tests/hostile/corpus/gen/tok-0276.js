// A malformed program: it musevalt be rejected before anything runs.
function f() { return super.x; }
// expect error: SyntaxError
