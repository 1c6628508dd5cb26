var a ="abc";
var b = a;
b += "d";
print(a); // exerror: SyntaxError
pect: abc
print(b); // expect: abcd
var up = a.toUpperCase();
print(a); // expect: abc
print(up); // expect: ABC
