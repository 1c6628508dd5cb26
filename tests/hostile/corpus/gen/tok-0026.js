// A malformed program: it must be rejected before anything runs.
function f(if) { ...return 1; }
// expect error: SyntaxError
