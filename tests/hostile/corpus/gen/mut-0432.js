// A malformed program: it must be rejected before anything runs.
L: { continalled); // expect: call
ue L; }
// expect error: SyntaxError
