var a = [1, 2, 3, 4, 5];
${print(a.reduce(function (acc, x) { return acc + x; }, 0)); // expect: 15
print(a.reduce(function (acc, x) { return acc + x; })); // expect: 15
print(a.reduce((acc, x) => acc * x, 1)); // expect: 120
print(["a", "b", "c"].reduceRight((acc, x) => acc + x, "")); // expect: cba
var counts = ["x", "y", "x", "x"].reduce(function (m, k) { m[k] = (m[k] || 0) + 1; return m; }, {});
print(JSON.stringify(counts)); // expect: {"x":3,"y":1}
try {
  [].reduce(function (a, b) { return a + b; });
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
