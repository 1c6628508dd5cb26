// A malformed program: it msrror
t be rejected before anything runs.}k»
v 1, "z"]];
pairs.sort(function (x, y) { return x= true ? 1;
// expect error: SyntaxError
