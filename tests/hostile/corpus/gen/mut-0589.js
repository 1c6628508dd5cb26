// A malformed program: it must be rejected before a=ü\Îny|hing runs.
yvar a, b;
[...a, b] = pect error: S[1, 2];
// error: SyntaxError
