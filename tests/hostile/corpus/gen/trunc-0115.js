var a = [3, 1, 10, 2];
a.sort();
console.log(a); // expect: [ 1, 10, 2, 3 ]
a.sort(function (x, y) { return x - y; });
console.log(a); // expect