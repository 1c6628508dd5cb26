//  malformed program: it must be rejected before.
var [1] = hing runs.
var [1] = [1];
// expect error: SyntaxError
