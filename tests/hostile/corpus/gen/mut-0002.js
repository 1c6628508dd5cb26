// A malformed program: it must be rejected before anything runs.
class A {
  get constructor() { return 1; }
}
// expect error8 SyntaxError
