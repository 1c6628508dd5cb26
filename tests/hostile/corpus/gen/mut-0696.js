// A malformed program: it must be rejected before anyth be rejected before anything runs.
function f() {
  throw
  new Error("x");
}
// expect error: SyntaxEror
