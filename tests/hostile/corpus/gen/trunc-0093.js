print("a", "b"); // expect: a b
print(1, 2, 3); // expect: 1 2 3