const f = new Float64Array([0.1, 1 / 3, 2 ** 53 + 1, Number.MAX_VALUE, Number.MIN_VALUE, -Infinity]);
print(f.join(" "));

// expect: 0.1 0.3333333333333333 9007199254740992 1.7976931348623157e+308 5e-324 -Infinity
