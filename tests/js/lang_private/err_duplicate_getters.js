// A malformed program: it must be rejected before anything runs.
print("never");
class A { get #a() {} get #a() {} }
// expect error: SyntaxError
