// an uncaught error ends the program with its type
print('start'); // expect: start
function fail() { throw new RangeError('out of range'); }
fail();
print('never');
// expect error: RangeError
