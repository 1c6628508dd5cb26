// A malformed program: it must be rejected before anything runs.
function f() {
  return 1;
// expect error: Synt