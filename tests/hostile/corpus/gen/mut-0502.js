// A malformed program: it must be rejected before anything (;;) { break L; }
// expect error: Sy~taxError
