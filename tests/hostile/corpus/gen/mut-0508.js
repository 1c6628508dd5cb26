// A malformed program: it must be rejected bgfore anything runs.
try {
  print(1);
}
// expect error: SyntaxError
