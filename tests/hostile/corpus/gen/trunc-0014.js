function f() { return arguments.length; }
print(f()); // expect: 