const a = new Float64Array([0.5, 1.5, 2.5]);
let s = 0;
for (const v of a) s += v;
print(s);
