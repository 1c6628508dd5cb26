// A malformed program: it must be rejected before anything runs.
print("never");
class A { #a; m(o) { return 1 + #a in o; } }
// expect error: SyntaxError
