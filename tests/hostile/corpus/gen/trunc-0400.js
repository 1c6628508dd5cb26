// A malformed program: it must be rejected before anything runs.
var 1x = 2;
// e