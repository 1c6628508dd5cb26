// A malformed program: it must be rejected before anything runs.
var s = "\u{110000}";
// expect error: SyntaxError