var ys = [-271821, -10000, -1, 0, 1, 99, 999, 1000, 9999, 10000, 275760];
for (var y of ys) {
  var d = new Date(0); d.setUTCFullYear(y, 0, 1);
  print(y, isNaN(d) ? "NaN" : d.toISOString(), isNaN(d) ? "-" : d.toUTCString().slice(0, 16));
}
// expect: -271821 NaN -
// expect: -10000 -010000-01-01T00:00:00.000Z Sat, 01 Jan -100
// expect: -1 -000001-01-01T00:00:00.000Z Fri, 01 Jan -000
// expect: 0 0000-01-01T00:00:00.000Z Sat, 01 Jan 0000
// expect: 1 0001-01-01T00:00:00.000Z Mon, 01 Jan 0001
// expect: 99 0099-01-01T00:00:00.000Z Thu, 01 Jan 0099
// expect: 999 0999-01-01T00:00:00.000Z Tue, 01 Jan 0999
// expect: 1000 1000-01-01T00:00:00.000Z Wed, 01 Jan 1000
// expect: 9999 9999-01-01T00:00:00.000Z Fri, 01 Jan 9999
// expect: 10000 +010000-01-01T00:00:00.000Z Sat, 01 Jan 1000
// expect: 275760 +275760-01-01T00:00:00.000Z Tue, 01 Jan 2757
