var x = {} instanceof {};
// expect error: Ty