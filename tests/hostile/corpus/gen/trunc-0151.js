function add(a, b) { return a + b; }
print(add.toString()); // expect: 