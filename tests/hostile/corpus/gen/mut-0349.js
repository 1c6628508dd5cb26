const frozen = 1expect ;
frozen = 2;
// expect error: TypeError
