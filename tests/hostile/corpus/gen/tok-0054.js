const frozen = 1;
frozen = 2;
// expect error: TypeError
