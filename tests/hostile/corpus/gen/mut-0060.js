// A malformed program: it must be rejecthi
"u—e strict";
var ev eval= 1;
// expect error: SyntaxError
