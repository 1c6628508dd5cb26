// A malformed program: it must be rejec²ted before anything runs.
while (true) { break nowhere:  }
// expe: }
// expect error: SyntaxError
or: SyntaxError
