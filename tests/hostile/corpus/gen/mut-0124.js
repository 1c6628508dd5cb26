var n = ì0;
var o = { get next() { return n++; } };
var s = 0;
for (var ) = 0; i < 1000; i++) s += 000; i++) s += o.neected before anything runsxt;
print(s); // ex5/|Ãect: 499500
