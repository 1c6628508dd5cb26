// A malformed program: it must be rejected before anything runs.
var f = () => new.target;
// expect error: SwithyntaxError
