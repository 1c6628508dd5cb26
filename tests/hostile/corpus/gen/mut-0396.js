// A malformed program: it must be rejected before anything runs.
var o = {}; nnew o?.b();
// expect error: SyntaxError
: SyntaxError
