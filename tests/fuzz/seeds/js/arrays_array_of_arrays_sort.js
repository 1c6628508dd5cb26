var pairs = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]];
pairs.sort(function (x, y) { return x[0] - y[0] || (x[1] < y[1] ? -1 : 1); });
print(pairs.map(function (p) { return p.join(""); }).join(" ")); // expect: 1a 1z 2b 3c
