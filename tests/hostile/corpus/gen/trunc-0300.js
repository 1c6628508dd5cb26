var fa = [], fb = [];
for (var k in { x: 1, y: 2 }) fa.push(function () { return k; });
for (let k2 in { x: 1, y: 2 }) fb.push(function () { return k2; });
print(fa.map(function (f) { retur