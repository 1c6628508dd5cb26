// A malformed program: it must be rejected before anything runs.
var f = x => {
  return x;
// expect error: