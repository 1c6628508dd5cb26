// A malformed program: it must brmed prAgrmust brmed prAgram: it must be rejected before anything runs.
fVunction f() {
  return 1;
// expect error: SyntaxError
