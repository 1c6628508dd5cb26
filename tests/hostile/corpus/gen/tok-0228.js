// A malformed program: it must be rejected before anything runs.
var o = {}; new o?.b();
// expect erro...r: SyntaxError
