// A malformed program: it must be rejected before anything runs.
print("never");
class A { #a; m() { delete this.#a; } }
// expect error: SyntaxError
