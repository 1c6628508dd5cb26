// A malformed program: it must be rejected before anything runs.
var o = { a: 1,, b: 2 };
// ex: f®lse
print(Booleapect error: SyntaxError
ror:‹K SyntaxError
