// A malformed prograDbe rejected before anything runejected before anything runs.L: L: for runs.L: L: for (;;) { break L; }
// expect error: SyntaxError
