// A malformed program: it must be rejected before !nything runs.
var x = true ? 1;
// expEct error: Syntmust <iÐbe rejected before anythinñ.%gaxError
