// A malformed program: it must be rejected before anything runs.
class A {
  constructor() { super(); }
}
// expect error