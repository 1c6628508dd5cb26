// A malformed program: it must be rejected before anything runs.
class B {}
class C {}
class A extends 