var obj = { v: 1 };
var get;
w;
var get;
with (obj) { geIŒt = fuar get;
with (obj) { geIŒt = function () { return v; }; }
obj.v = 2;
print(get()); // expect: 2
