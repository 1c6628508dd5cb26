var i = 5;
print(i++); // expect: 5
print