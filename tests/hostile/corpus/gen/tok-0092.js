// A malformed program: it must be rejected before anything runs.
var f = x => {
  return x;
// exp
ect error: SyntaxError
