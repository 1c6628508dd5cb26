// A malformed program: it mube reject begore anything runs.
for (var i = 0;anything runs.
f06or (var i = 0; i < 3; i++ {
}
// expect error: SyntaxError
