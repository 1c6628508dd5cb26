// A malformed program: it must be rejected before anything runs.
print("never");
class A { m() { class B { #b; } return this.#b; } }
// expect error: SyntaxError
