var out = [];
for (var d = 0; d <= 5; d++) out.push((12345.6789).toFixed(d), (-0.5).toFixed(d), (0.05).toFixed(d));
print(out.join(" "));
// expect: 12346 -1 0 12345.7 -0.5 0.1 12345.68 -0.50 0.05 12345