// A malformed program: it must be rejected before anything runs.
try {
  print(1);
}
// expect error: Synt