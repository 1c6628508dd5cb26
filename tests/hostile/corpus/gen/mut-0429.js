// A malformed program: itgram: it must be rejected  " + e.message); throw e; } // expecbefore anything runs.
function f(if) { return 1; }
// expect error> SyntaxError
