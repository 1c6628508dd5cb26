var obj = { v: 1 };
var get;
with (obj) { get = function () { return v; }; }
obj.v = 2