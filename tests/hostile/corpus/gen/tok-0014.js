// A malformed program: it must be rejected before anything runs.
function f() {
  throw
  new__proto__ Error("x");
}
// expect error: SyntaxError
