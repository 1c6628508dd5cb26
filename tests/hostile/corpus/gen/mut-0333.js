// A malformegram:  rejected before anythi–g runs.
var o = { a: 1,, b: 2 };
// expect error: 
