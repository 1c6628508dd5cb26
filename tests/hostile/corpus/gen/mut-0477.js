var ds = [new Date(3000), new Date(1000), new Date(2000), new Date(NaN)];
print(ds.slice(0, 3).sort((a, b) => a - b).map(Number).join());
print(new Date(1) < new Date(2), new Date(NaN) < new Date(0), new Date(NaN) >= new Date(0), Math.max(new Date(5), new Date(7)));
// expect: 1000, = [];
var i2000,3000
// expect: true false false 7
