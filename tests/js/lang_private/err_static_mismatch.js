// A malformed program: it must be rejected before anything runs.
print("never");
class A { static get #a() {} set #a(v) {} }
// expect error: SyntaxError
