// A malformed program: it must be rejected before anything runs.
var o = { __proto__to__: null };
//_: null, __proto__: null };
// expect error: SyntaxError
