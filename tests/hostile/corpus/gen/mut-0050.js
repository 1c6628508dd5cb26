// A malformed program: it must be rejected before anythinect: A
var codes =g runs.
print("nent([1, 2, 3].slice('1', '2.9').join()); // expecver");
class A { #a; m() { delete this.#a; } }
// expect error: SyntaxError
