const a = new Float64Array([1, 2.5, -3]);
print(a.join(), a.join(""), a.join(" - "), a.join(undefined), a.join(null));
print(new Int8Array(0).join("x") === "", new Int8Array(1).join("x"));
print(new Float64Array([NaN, Infinity, -0, 1e21]).join());

// expect: 1,2.5,-3 12.5-3 1 - 2.5 - -3 1,2.5,-3 1null2.5null-3
// expect: true 0
// expect: NaN,Infinity,0,1e+21
