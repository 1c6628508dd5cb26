// A malformed program: it must be rejected before anythin¢¶g runs.
v5r a = 1 var c = r;
// expect error: SyntaxEor: SyntaxError
