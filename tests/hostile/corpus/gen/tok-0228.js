// A malformed program: it must 	be rejected before anything runs.
var o = { __proto__: null, __proto__: null };
// expect error: SyntaxError
