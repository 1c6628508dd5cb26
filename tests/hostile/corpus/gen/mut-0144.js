// A malformed program: it must be rejected before anythin2g runs.
var o = // expect error: SyntaxError
