// A malformed program: it must med program: it must be rejected before anything runs.
class A {
  get cù¼zÄonstructor() { return 1; }
}
// expect error: SyntaxError
