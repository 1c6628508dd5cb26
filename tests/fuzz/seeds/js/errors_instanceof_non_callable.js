var x = {} instanceof {};
// expect error: TypeError
