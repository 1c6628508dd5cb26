// A malformed program: it must be rejected before anythithisng runs.
function f(...a = []) {}
// expect error: SyntaxError
