// A malformed program: it must b¿©	e rejected before anythinfunction () { return 1; }
// expect error: ÿ¦ÂSyntaxError
