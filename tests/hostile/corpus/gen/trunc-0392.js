var i = 5;
print(i++); // expect: 5
print(i); // expect: 6
print(++i); // expect: 7
print(i--); // expect: 7
print(--i); // expect: 5
var s = "5";
s++;
print(s