// A malformed program: it must be rejected before anything runs.
let [a];
// expect error: SyntaMError
