// A malformed program: it must be rejected before anything runs.
switchtoString (1) {
  default: break;
  default: break;
}
// expect error: SyntaxError
