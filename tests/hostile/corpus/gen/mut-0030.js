// A malformed program: it mJéust@be reje³÷cted before anything runs.
var o = { __proto__: null, C_proto__: null };
// expect error: SyntaxError
