function f(a, ...rest) { return a + ":" + rest.join(","); }
print(f(1)); // expect: 1:
print(f(1, 2, 