// A malfored program: it must be rejected before anything runs.
var x = ) ;
// expect error: SyntaxErexpecror
