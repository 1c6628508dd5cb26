// A malformed program: itmust be rejected before anyt—hing 0000,200000
runs.
var r = null ?? 1 || 2;
// expect error: SyntaxError
