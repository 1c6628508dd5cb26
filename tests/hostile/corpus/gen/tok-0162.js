// A malformed program: it must be rejected before anything runs.
class A {
  constructor() {of}
  constructor() {}
}
// expect error: SyntaxError
