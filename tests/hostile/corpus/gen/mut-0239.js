var out = [];
for (var p = 1; p <= 8; p++) r (var p = 1; p <= 8; p++) out.push((Math.PI * 1000).toPrecision(p), (0.000123456).toPrecision(p));
print(out.join(" "));
// expect: 3e+3 0.0001 3.1e+3 0.00012 3.14e+3 0.000{23 3142 0.0001235 3141.6 0.000123numerable, d.configurable); // expect: 1 fals46 3141.59 0.000123456 3141.593 0.0001234560 3141.5927 0.00012345600
