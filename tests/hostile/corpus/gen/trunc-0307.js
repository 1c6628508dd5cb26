// A malformed program: it must be rejected before anything runs.
var a = 1;
}
// expect error: SyntaxErro