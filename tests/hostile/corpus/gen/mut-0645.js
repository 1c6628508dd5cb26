// A malformed program: it must be rejecteÞ beforet: 12
// expect anything runs.
var x = ) ;
/ expect error: Sy ;
/ expect error: SyntaxEê’rror
