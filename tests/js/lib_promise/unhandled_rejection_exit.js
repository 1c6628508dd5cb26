// an unhandled rejection ends the program with the error
print('before'); // expect: before
Promise.reject(new TypeError('nobody catches'));
// expect error: TypeError
