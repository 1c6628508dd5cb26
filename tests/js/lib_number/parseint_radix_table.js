var out = [];
for (var r = 2; r <= 36; r += 2) out.push(parseInt("zz10", r), parseInt("-101", r), parseInt("7.9", r));
print(out.join(" "));
// expect: NaN -5 NaN NaN -17 NaN NaN -37 NaN NaN -65 7 NaN -101 7 NaN -145 7 NaN -197 7 NaN -257 7 NaN -325 7 NaN -401 7 NaN -485 7 NaN -577 7 NaN -677 7 NaN -785 7 NaN -901 7 NaN -1025 7 NaN -1157 7 1678356 -1297 7
