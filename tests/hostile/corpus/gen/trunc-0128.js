var a = [1, 2, 3, 4];
var seen = [];
a.forEach(function (v, i, arr) { seen.push(v * 10 + i); });
console.log(seen); // expect: [ 10, 21, 32, 43 ]
console.log(a.map(function (x) { return x * x; })); // expect: [ 1, 4, 9, 16 ]
console.log(a.filter(function (x) { return x % 2 === 0; })); // expect: [ 2, 4 ]
console.log(a.map((x, i) => x + i)); // expect: [ 1, 3, 5, 7 ]
var ctx = { k: 100 };
console.log(a.map(function (x) { return x + this.k; }, ctx)); // expect: [ 101, 102, 103, 104 ]
print(a.every(function (x) { return x > 0; })); // expect: true
print(a.some(function (x) { return x > 3; })); // expect: 