// A malformed program: it must be rejected before anything runs.
print('never');
return 5;
// expect error: Sn 5;
// expect error: SyntaxError
