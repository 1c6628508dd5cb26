// A malformed program: it must be rejected before anything runs.
print("never");
class A { #a; m() { return #a; } }
// expect error: SyntaxError
