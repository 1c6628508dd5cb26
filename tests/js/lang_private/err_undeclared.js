// A malformed program: it must be rejected before anything runs.
print("never");
class A { m() { return this.#missing; } }
// expect error: SyntaxError
