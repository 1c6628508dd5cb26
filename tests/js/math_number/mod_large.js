// x % y and ToInt32 of integral doubles above 2^53 (an LCG's step:
// seed * 1103515245 + 12345 reaches ~2^61): the exact int64 path of
// both tiers against fmod's result, with signs, -0, and values at the
// edge of int64 (2^63 and beyond take fmod).
function mod(a, b) { return a % b; }
function and(a, b) { return a & b; }
function or0(a) { return a | 0; }
var cases = [[2147483647 * 1103515245 + 12345, 2147483648], [-(2147483647 * 1103515245 + 12345), 2147483648],
             [2 ** 62 + 2 ** 40, 1000003], [-(2 ** 60), 7], [2 ** 60, -7], [-(2 ** 60), 2 ** 60], [2 ** 62, 3.5],
             [9223372036854774784, 10], [-9223372036854774784, 10], [2 ** 63, 10], [-(2 ** 63), 10], [2 ** 64 + 2 ** 13, 10],
             [1e300, 7], [2 ** 53 + 2, 2 ** 53 + 4], [5.5, 2], [-0, 5], [2 ** 54, Infinity], [Infinity, 3], [2 ** 54, 0]];
var out;
for (var k = 0; k < 30; k++) {
  out = [];
  for (var i = 0; i < cases.length; i++) {
    var r = mod(cases[i][0], cases[i][1]);
    out.push(Object.is(r, -0) ? "-0" : String(r));
  }
}
print(out.join(" "));
var ints;
for (var k = 0; k < 30; k++) {
  ints = [];
  for (var i = 0; i < cases.length; i++) ints.push(and(cases[i][0], 0xffffffff) + "/" + or0(cases[i][0]) + "/" + (cases[i][0] >>> 0));
}
print(ints.join(" "));
// int32 operands whose result is not an int32 (x % 0, -0), mixed and non-numbers
var small = [[7, 0], [-2147483648, -1], [-4, 2], [-5, 3], [5, -3], [0, -1], [-0, 1], [7.5, 2], [7, 2.5], [-7, 2.5],
             [NaN, 2], [3, NaN], [Infinity, 2], [3, Infinity], ["17", 5], [17, "5"], [null, 3], [true, 1]];
for (var k = 0; k < 30; k++) {
  out = [];
  for (var i = 0; i < small.length; i++) {
    var r = mod(small[i][0], small[i][1]);
    out.push(Object.is(r, -0) ? "-0" : String(r));
  }
}
print(out.join(" "));
var s = 74755, acc = 0;
for (var i = 0; i < 2000; i++) { s = (s * 1103515245 + 12345) % 2147483648; acc = (acc + s % 1000) | 0; }
print(s, acc);
// expect: 1043980800 -1043980800 166923 -1 1 -0 0.5 4 -4 8 -8 8 1 9007199254740994 1.5 -0 18014398509481984 NaN NaN
// expect: 1043980800/1043980800/1043980800 -1043980800/-1043980800/3250986496 0/0/0 0/0/0 0/0/0 0/0/0 0/0/0 -1024/-1024/4294966272 1024/1024/1024 0/0/0 0/0/0 8192/8192/8192 0/0/0 2/2/2 5/5/5 0/0/0 0/0/0 0/0/0 0/0/0
// expect: NaN -0 -0 -2 2 0 -0 1.5 2 -2 NaN NaN NaN 3 2 2 0 0
// expect: 34804224 977533
