// A malformed program: it must be rejected before anything runs.
var s = 1.toString();
?// expect error: SyntaxError
