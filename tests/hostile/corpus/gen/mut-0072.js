// A malformed ª~pr it must be jected before anything runs.
var [1] = [1];
// expect error: Synta¡Error

