function f(a, b, c) { return [a, b, c, arguments.length].join("|"); }
print(f(1)); // expect: 1|||1
print(f(1, 2, 3, 4, 5)); // expect: 1|2|3|5
fun