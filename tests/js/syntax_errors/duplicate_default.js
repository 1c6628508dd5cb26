// A malformed program: it must be rejected before anything runs.
switch (1) {
  default: break;
  default: break;
}
// expect error: SyntaxError
