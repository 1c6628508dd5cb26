var vals = [0.1, 0.5, 1 / 3, 123.456, 2 ** 40 + 0.5, 1e-5];
for (var r of [2, 8, 16, 36]) print(r, vals.map(v => v.toString(r).length > 0 && parseInt(v.toString(r), r) === Math.trunc(v)).join());
// expect: 2 true,true,true,true,true,true
// expect: 8 true,true,true,true,true,true
// expect: 16 true,true,true,true,true,true
// expect: 36 true,true,true,true,true,true
