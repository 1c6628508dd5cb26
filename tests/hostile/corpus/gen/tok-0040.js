print(Math.sqrt(2), Math.cbrt(2), Math.exp(1) === Math.E, Math.log(Math.E));
print(Math.log10(1e15), Math.log2(2 ** -1074), Math.pow(10, 308), Math.pow(2, -3));
print(Math.atan2(1, 1) * 4 === Math.PI, Math.asin(1) * 2 === Math.PI, Math.acos(-1) === Math.PI);
print(Math.trunc(-(2 ** 60)), Math.abs(-(2 ** 63)), Math.fround(0.1), Math.fround(2 ** -149));
// expect: 1.4142135623730951 1.2599210498948732 true 1
// expect: 15 -1074 1e+308 0.125
// expect: true true true
// expect: -1152921504606847000 9223372036854776000 0.10000000149011612 1.401298464324817e-45
