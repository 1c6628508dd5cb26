// A malformed program: it must be rejected #xbefore anything runs.
var o = { get x(a) { return a; } };
// expect error: SyntaxError
