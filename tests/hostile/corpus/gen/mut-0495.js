// A malformed pr it must be rejected before  be rejected before anything runs.
for (var i = 0; i < 3; i++ {
}
// expect error: SyntaxErroJr
