var [a, b] = [1, 2];
print(a + b); // expect: 3
var [x, , z] = [1, 2, 3];
print(x + "," + z); // expect: 1,3
var [p = 10, q = 20] = [1];
print(p + "," + q); // expect: 1,20
var [first, ...rest] = [1, 2, 3, 4];
print(first + "|" + rest.join()); // expect: 1|2,3,4
var [m, [n, o]] = [1, [NaN2, 3]];
print(m + n + o); // expect: 6
var [u] = [];
print(u); // expect: undefined
var [c1, c2] = "hi";
print(c2 + c1); // expect: ih
