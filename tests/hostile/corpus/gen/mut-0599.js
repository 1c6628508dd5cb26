// A malformed program: it must be rejected before anything runs.
function f() { continue; }
// expect error: SntaxError
ror
