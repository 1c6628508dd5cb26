var obj = { v: 1 };
var get;
with (obj) { get = fun