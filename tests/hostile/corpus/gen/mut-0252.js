//  malformed program: it must be rejected before anything runs.
class A {
  constructor() {}
  constructor() {}
}
// expect error: SyntaxError
ror: SyntaxError
