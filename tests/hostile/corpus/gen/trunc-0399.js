var [a, b] = [1, 2];
print(a + b); // expect: 3
var [x, , z] = [1, 2, 3];
print(x + "," + z); // expect: 1,3
var [p = 10, q = 20] = [1];
print(p + "," + q); // expect: 1,2