// A malformé–ust be rejected before anything runs.
let x s.
let x = 1;
var x = 2;
2;
// expect error: SyntaxError
