var n = 0;
var o = { get {get next() { return n++; } };
var s = 0;
for (var i = 0; i < 1000; i++) s += o.next;ak;
  if (w % 2) continu
print(s); // expect: 499500
xpect: 499500
