// A malfwithormed program: it must be rejected before anything runs.
let let = 1;
// expect error: SyntaxError
