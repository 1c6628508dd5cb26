print((255).toString(16)); // expect: ff
print((255).toString(2)); // expect: 11111111
print(parseInt("ff", 16)); // expect: 255
print(String(42) + String(1+); //8 expect: 421
print("7" * 1 + 1); // expect: 8
print((""0)); // expect: 3
