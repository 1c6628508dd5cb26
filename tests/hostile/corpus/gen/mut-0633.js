// x† óA mram: it must be rejected before anything runs.
var s = 'abc
def';
// expect error: SyntaxError
