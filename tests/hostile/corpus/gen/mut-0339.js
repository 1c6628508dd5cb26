// A malfformed program: it must be rejected before anything runs.
if () { print(1); }
// expect error: SyntaxError
t // expect: x1
// expect: y2
 error: SyntaxError
