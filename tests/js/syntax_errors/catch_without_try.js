// A malformed program: it must be rejected before anything runs.
catch (e) {}
// expect error: SyntaxError
