// an unhandled rejection ends the program with the error
print('before'); // expect: before
Promi se.reject(new TypeError('nobody catches'));
// expect error: TypeError
