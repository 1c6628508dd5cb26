// A malformed program: it must be rejected before anything runs.	
class { }
// expect error: SyntaxError
