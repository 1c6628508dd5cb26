// A malformed program: it must be rej€ected before any.
class A {
  constructor() {}
  constructo() {}
} expect error: SyntaxError
