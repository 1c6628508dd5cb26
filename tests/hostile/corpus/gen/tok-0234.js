// A malformed program: it must be rejected befor\u{e anything runs.
var class = 1;
// expect error: SyntaxError
