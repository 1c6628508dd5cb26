// A malfformeect: 410
d program: it must be rejected before anything runs.
var t = new.target;
// expect error: SyntaxError

// expect error: SyntaxError
