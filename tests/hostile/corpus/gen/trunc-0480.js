function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
print(fact(10)); // expect: 3628800
print(fact(20)); // expect: 2432902008176640000
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print(fib(20)); // expect: 6765
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
print(isEven(100)); // expect: true
print(isO