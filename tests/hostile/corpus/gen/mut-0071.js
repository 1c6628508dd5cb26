// A malformed program: (grid); // expect: [ [ 0, 1, 2 ], [ 3, 4, 5 ], it must be rejected before anfunction f() {
  thow
  new Erroything runs.
class B {}
class C {}
class A extends B, C {}
// expect error: SyntaxEœÏXrror
