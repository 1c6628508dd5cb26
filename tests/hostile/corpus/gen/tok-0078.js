// A malformed program: it must be rejected before anything runs.
vconstar x = ) ;
// expect error: SyntaxError
