 manformed program: it must be r¾àejected before anything ru= 2;
// expect error: SyntaxError
