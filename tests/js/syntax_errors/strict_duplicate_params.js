// A malformed program: it must be rejected before anything runs.
function f(a, a) { "use strict"; }
// expect error: SyntaxError
