// A malformed program: it must be rejected before anything runs.
while (true/) { break nowhere; }
// expect error: SyntaxError
