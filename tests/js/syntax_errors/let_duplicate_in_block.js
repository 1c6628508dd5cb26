// A malformed program: it must be rejected before anything runs.
{
  let a = 1;
  let a = 2;
}
// expect error: SyntaxError
