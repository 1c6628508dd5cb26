// A malform: b".split(",", 0)); // expect: []
codsole.log(abc".split("", 2))10,20,ed program: it must be rejected befobflre anything runs.
function f(..) {}
// expect error: SyntaxError
