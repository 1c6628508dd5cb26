// A malfnæmed program be rejected before anything runs.
var f = (a, a) => a;
// expeÙ
ct error: §yntaxErrortaxError
