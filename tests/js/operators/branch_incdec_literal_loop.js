// Hot loops over what the baseline JIT now does inline: a branch on an
// int32, undefined or null condition (other values take the slow path),
// `+ imm`, ++ and -- on doubles, and array literals filled in place.
function truthy(v) { if (v) return "T"; return "F"; }
function falsy(v) { while (v) { return "T"; } return "F"; }
function not(v) { return !v ? 1 : 0; }
var vals = [0, 1, -1, 2147483647, -2147483648, -0, 0.5, NaN, undefined, null, "", "0", true, false, {}, [], Infinity];
var out;
for (var k = 0; k < 30; k++) {
  out = [];
  for (var i = 0; i < vals.length; i++) out.push(truthy(vals[i]) + falsy(vals[i]) + not(vals[i]));
}
print(out.join(" "));
function inc(x) { return ++x; }
function dec(x) { return --x; }
function add7(x) { return x + 7; }
function sub3(x) { return x - 3; }
var nums = [0.5, -0.5, -0, 1e308, -1e308, Infinity, -Infinity, NaN, 2147483647, -2147483648, 1.5e-300, 4503599627370495.5, "5", null, undefined, true];
for (var k = 0; k < 30; k++) {
  out = [];
  for (var i = 0; i < nums.length; i++) {
    var r = [inc(nums[i]), dec(nums[i]), add7(nums[i]), sub3(nums[i])];
    out.push(r.map(function (x) { return Object.is(x, -0) ? "-0" : String(x); }).join("/"));
  }
}
print(out.join(" "));
var acc = 0.25, cnt = 0;
for (var i = 0; i < 1000; i++) { acc += 3; acc++; cnt--; }
print(acc, cnt);
function lit(a, b) { return [a, b, a + b, [a, b], { a: a }, , b]; }
var s = 0, last;
for (var i = 0; i < 2000; i++) { last = lit(i, 2 * i); s += last[2] + last[3][1] + last.length; }
print(s, JSON.stringify(last), 5 in last);
function big(x) { return [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, {x: x}]; }
var total = 0;
for (var i = 0; i < 200; i++) { var b = big(i); total += b.length + b[39] + b[40].x; }
print(total);
// expect: FF1 TT0 TT0 TT0 TT0 FF1 TT0 FF1 FF1 FF1 FF1 TT0 TT0 FF1 TT0 TT0 TT0
// expect: 1.5/-0.5/7.5/-2.5 0.5/-1.5/6.5/-3.5 1/-1/7/-3 1e+308/1e+308/1e+308/1e+308 -1e+308/-1e+308/-1e+308/-1e+308 Infinity/Infinity/Infinity/Infinity -Infinity/-Infinity/-Infinity/-Infinity NaN/NaN/NaN/NaN 2147483648/2147483646/2147483654/2147483644 -2147483647/-2147483649/-2147483641/-2147483651 1/-1/7/-3 4503599627370496/4503599627370494.5/4503599627370502/4503599627370492.5 6/4/57/2 1/-1/7/-3 NaN/NaN/NaN/NaN 2/0/8/-2
// expect: 4000.25 -1000
// expect: 10009000 [1999,3998,5997,[1999,3998],{"a":1999},null,3998] false
// expect: 48000
