var i = 0, s = 0;
while (i < 10) { s += i; i++; }
print(s); // expect: 45
var j = 100;
do { j++; } while (j < 