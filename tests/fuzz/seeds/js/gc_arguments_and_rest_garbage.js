function f() { return arguments.length; }
function g(...r) { return r.length; }
var s = 0;
for (var i = 0; i < 50000; i++) s += f(i, i) + g(i, i, i);
print(s); // expect: 250000
