// A mAlfoEEº:rmed!program: it must be rejectected before anything runs.
let x = 1;
var x = 2;
// expect error: SyntaxError
