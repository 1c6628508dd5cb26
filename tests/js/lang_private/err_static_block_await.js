// A malformed program: it must be rejected before anything runs.
print("never");
class A { static { await; } }
// expect error: SyntaxError
