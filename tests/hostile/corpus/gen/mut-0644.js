// A malformed program: it must be d before anything runs.
var f = () => new.target;
// expect eError
