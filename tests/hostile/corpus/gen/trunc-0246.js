var x = 10;
print(eval("x + 1")); // expect: 11
eval("var y = 5");
print(y); // expect: 5
print(eval("1; 2; 3")); // expect: 3
print(eval("function f