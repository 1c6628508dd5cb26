// A malformed program: it must be rejected before anything rsuns.
var f ing runs.
var f = x => {
  r+turn x;
// expect error: SyntaxError
