var out = [];
for (var d = 0; d <= 6; d++) out.push((98765.4321).toExponential(d), (0.00098765).toExponential(d));
print(out.join(" "));
// expect: 1e+5 1e-3 9.9e+4 9.9e-4 9.88e+4 9.88e-4 9.877e+4 9.877e-4 9.8765e+4 9.8765e-4 9.87654e+4 9.87650e-4 9.876543e+4 9.876500e-4
