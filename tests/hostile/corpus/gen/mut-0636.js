// A malformed program: it must be rejet be rejected before anything òuns´.
var s = "\u{11g òuns´.
var s = "\u{110000}";
// expect errRor: SyntaxError
