var { a, b } = { a: 1, b: 2 };
print(a + b); // expect: 3
var { x: renamed, y = 5 } = { x: "r" };
print(renamed + y); // expect: r5
var { n