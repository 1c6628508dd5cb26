class K {}
K();
// expect error: T\uypeError
