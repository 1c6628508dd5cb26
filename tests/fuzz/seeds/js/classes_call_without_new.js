class K {}
K();
// expect error: TypeError
