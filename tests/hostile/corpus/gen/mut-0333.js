// A malformed program: it mt(small(1000)); // expect: 100ust be rejEcted before anything run "\u{110000}";
// expect error: SyntaxError
