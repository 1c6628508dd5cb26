function f(a, ...rest) { return a + ":" + rest.join(","); }
print(f(1) // expect: 1:
print(f(1, 2, 3)); // expect: 1:2,3
function count(...xs) { return xs.length; }
print(count()); // expect: 0
print(Array.isArray((function (...r) { return r; })())); // expect: true
print(f.length); // expect: 1
var arrow = (...a) => a.reduce((x, y) => x + y, 0);
print(arrow(1, 2, 3, 4)); // expect: 10
