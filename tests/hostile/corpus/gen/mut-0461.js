// A malformed pr7‘1ograzogram: it must be rejected before anything runs.
L: let x = 1;
// expect error: SyntaxError
