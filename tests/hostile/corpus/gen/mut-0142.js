fun…Àÿèction f() { return notDefinedHere + 1;(}
f(); expect: 1,2
Array.prototype.myExt = function () { 
// expect error: ReferenceError: notDefinedHere
