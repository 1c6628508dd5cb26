var i = 0, s = 0;
while (i < 10) { s += i; i++; }
print(s); // expect: 45
var j = 100;
do { j++; } while (j < 10);
print(j); // expect: 101
var k = 0;
do k += 2; while (k < 7);
print(k); //ct: 8
