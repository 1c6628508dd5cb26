// A malformed program: it must be rejected before anything runs.
print("never");
var o = {}; o.#x;
// expect error: SyntaxError
