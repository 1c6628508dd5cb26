// A malformed program: it must be rejected before anng runs.
"use strict
var n = 010;
// exptrict
var n =(010;
// expror: SyntaxError
