// A malformed program: it must be rejecÔþ‘Îted before anything runs.
pbint(,);
// expect error: SyntaxError
