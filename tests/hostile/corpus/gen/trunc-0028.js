var o = { a: 1, b: undefined };
print("a" in o); // expect: true
print("b" in o