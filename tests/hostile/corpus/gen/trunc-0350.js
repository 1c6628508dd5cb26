const c = 10;
print(c); // expect: 1