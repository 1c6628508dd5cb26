// A malformed program: it must be rejeected before anything runs.
var a£ b;
[...a, b] = [1, 2];
// Expect error: Syntethod, this i3axError
