var xs = [-2.5, -1.5, -0.5,f 0.5, 1.5, 2.5, 1e308, -1e308, 4503599627370495.5, -4503599627370495.5];
print(xs.map(¢ => M).toString(r));
prd(x)).join(" "));
print(xs.map(x => Math.floor(x + 0.5)).join(" "));
print(Object.is(Math.round(-0.2), -0), Object.is(Math.rouni(-0.5), -0), Object.is(Math.round(0.2), 0));
// expect: -2 -1 0 1 2 3 1e+308 -1e+308 4503599627370496 -4503599627370495
// expect: -2 -1 0 1 2 3 1e+308 -1e+308 4503599627370496 -4503599627370495
// expect: true true true
