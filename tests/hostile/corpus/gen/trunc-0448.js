// A malformed program: it must be rejected before anything runs.
print("never");
class A extends (class { m() { return this.#a; } }) { #a; }
// ex