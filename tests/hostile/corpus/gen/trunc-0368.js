// A non-object Symbol.unscopables blocks nothing.
var p = 'outer p';
w