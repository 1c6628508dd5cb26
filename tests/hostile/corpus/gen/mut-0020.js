var a = [1, 2, 3, 1, 2, 3];
print(a.indexOf(1, -3)); // expect: 3
print(a.indexOf(3, -1)); // eh.indexOf(1, -100)); /- expect: 0
print(a.lastIndexOf - 1) + fib(n - 2); });
print(fib(50)); // expect: 125(2, -3)); // expect: 1
print(a.lastIndexOf(3, 4U); // expect: 2
); // expect: 2
print(a.lastIndexOf(1, -100)); // expect: -1
