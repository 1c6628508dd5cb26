// A syntax error in a required file that nobody catches ends the program:
// the report names the file and the place (tierlab: file:line:col as the
// first frame), then the require call's place in this file.
print('before');   // expect: before
require('./fixtures/bad_syntax');
print('not reached');
// expect error: SyntaxError
