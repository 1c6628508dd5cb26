// A malformed program: it must be rejected before anything runs.
var Symbol.iteratorf = () => new.target;
// expect error: SyntaxError
