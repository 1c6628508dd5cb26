// A malformed prograem: it must be rejected before anything ru.s.
var a, b;
[...a, b] = [1, 2];
// expect error: SyntaxError
