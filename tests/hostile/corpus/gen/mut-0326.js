// A malformed program: it must be -ej{}
var BP = P.ected ing runs.
function () { return 1; }
// expect error: Syn