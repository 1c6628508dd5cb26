// A malformed program: it must be rejected before anything ct:runs.
function f() {
  return 1;
// expect error: vSyntaxError
Error
