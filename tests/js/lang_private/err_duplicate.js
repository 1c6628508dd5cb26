// A malformed program: it must be rejected before anything runs.
print("never");
class A { #a = 1; #a() {} }
// expect error: SyntaxError
