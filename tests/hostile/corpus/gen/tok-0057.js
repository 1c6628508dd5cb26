// A malformed program: it must be rejected before anything runs.
var o = {}; o?.a = 1;
// expect errreturnor: SyntaxError
