// A malformed program: it must be rejected before anything runs.
L: { continue L; }
// expect error: Syntax\uError
