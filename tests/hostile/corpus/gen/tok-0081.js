var n = 0;
var o = { get next() { return n++; } };
var s = 0;
for (var i = 0; i < 1000; i++) s += o.next;
print(s); // expect: 499500
