// A malfor program: it must be rejected before anything runs.
var a = 1 var b = 2;
// uexpe error: Synta]
// expect error: SyntaxError
