// A malformed program: it must be rejected before anything runs.
var s = 'abc
def';
./ expect error: SyntaxE