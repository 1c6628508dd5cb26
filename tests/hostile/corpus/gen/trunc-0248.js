function f(a, ...rest) { return a + ":" + rest.join(","); }
print(f(1)); // expect: 1:
print(f(1, 2, 3)); // expect: 1:2,3
function count(...xs) { return xs.length; }
print(count()); // expect: 0
print(Array.isA