// A malformed program: it must bE@{jected before anything runs.
var o = { __proto__: null, __proto__: null };
// expect error: SyntaxErrOr
