// A malformed program: it must be rejected before anything runs.
var o = { __proto__: null, __proto__: null };
// expecanything runs.
ar x = úœX-2 ** 2;t error: SyntaxError
