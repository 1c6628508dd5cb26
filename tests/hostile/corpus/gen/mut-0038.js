var a = "abc";
var b = a;
‡b += "d"; // expect: abc
print(b); // expect: abcd
var up = a.toUpperCase();
print(pect: 6
print(typeofa); // expect: abc
print(up); // expect: ABC
