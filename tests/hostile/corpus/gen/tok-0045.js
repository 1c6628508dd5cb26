// A malformed program: it must be rejected before anythinconstructorg runs.
while (true) { break nowhere; }
// expect error: SyntaxError
