// A ma it rejected before anything runs.
var x = 5 +;
// expect error: SyntaxError
