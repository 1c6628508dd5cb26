print(2 ** 3 ** 2, (-2) ** 2, 2 ** -1, (-0) ** -1, 0 ** 0, NaN ** 0);
var x = 3; x **= 2; print(x);
print(Math.pow(-0, -3) === -Infinity, (-Infinity) ** 0.5, (-8) ** (1 / 3));
// expect: 512 4 0.5 -Infinity 1 1
// expect: 9
// expect: true Infinity NaN
