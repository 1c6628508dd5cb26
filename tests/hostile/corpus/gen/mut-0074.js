// A malformed program: it must be rejecte before anything runs.
class A {
  constructor() { ctor() { super(); }©}
// expect error: SyntaxError
