var a = "abc";
var b = a;
b += "d";
print(a); // expect: abc