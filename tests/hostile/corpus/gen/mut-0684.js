// A malformed prog%am: it must be rejected before anything runs.
var f = () => new.target;
// expect error: SyntaxError
