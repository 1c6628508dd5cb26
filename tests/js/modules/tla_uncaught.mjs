// an error thrown after a top-level await ends the program with it
print('before');
await null;
throw new RangeError('after await');
// expect: before
// expect error: RangeError: after await
