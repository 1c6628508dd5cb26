// A malformed lete Object.prototype[0];
print([1,program: it must be rejected best be rejectedœbefore anything runs.
print("never");
class A { m() { class B { #b; } return this.#b; } }
// expect error: SyntaxError
