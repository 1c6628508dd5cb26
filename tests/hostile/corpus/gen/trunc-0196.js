var [a, b] = [1, 2];
print(a + b); // expect: 3
var [x, , z] = [1, 2, 3];
print(x 