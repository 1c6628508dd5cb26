// Double arithmetic and comparisons in hot functions (the baseline JIT
// does two doubles, an int32 and a double, and int32 overflow inline):
// NaN, -0, infinities, mixed operands and non-numbers falling back.
function add(a, b) { return a + b; }
function sub(a, b) { return a - b; }
function mul(a, b) { return a * b; }
function lt(a, b) { return a < b; }
function ge(a, b) { return a >= b; }
function eq(a, b) { return a == b; }
function ne(a, b) { return a != b; }
function br(a, b) { if (a > b) return "gt"; if (a <= b) return "le"; return "neither"; }
var pairs = [[1.5, 2.25], [1, 0.5], [0.5, 1], [2147483647, 1], [-2147483648, -1], [65536, 65536],
             [Infinity, -Infinity], [NaN, 1], [1, NaN], [-0, 0], [0, -0], [-0.5, 0], [1e308, 1e308],
             [3, "4"], ["a", 1.5], [undefined, 2.5], [null, 0.25], [true, 1.5]];
var out = [];
for (var k = 0; k < 40; k++) {
  out = [];
  for (var i = 0; i < pairs.length; i++) {
    var a = pairs[i][0], b = pairs[i][1];
    var m = mul(a, b);
    out.push([add(a, b), sub(a, b), Object.is(m, -0) ? "-0" : m, lt(a, b), ge(a, b), eq(a, b), ne(a, b), br(a, b)].join(" "));
  }
}
for (var i = 0; i < out.length; i++) print(out[i]);
// a float loop whose values stay doubles, and one that leaves int32 range
var x = 0.1, y = 0;
for (var i = 0; i < 1000; i++) { x = x * 1.0001 + 0.5; y = y - x; }
print(x.toFixed(6), y.toFixed(3), x < -y, x > y);
var n = 1;
for (var i = 0; i < 40; i++) n = n * 3 - 1;
print(n, n * 0, -n * 0);

// expect: 3.75 -0.75 3.375 true false false true le
// expect: 1.5 0.5 0.5 false true false true gt
// expect: 1.5 -0.5 0.5 true false false true le
// expect: 2147483648 2147483646 2147483647 false true false true gt
// expect: -2147483649 -2147483647 2147483648 true false false true le
// expect: 131072 0 4294967296 false true true false le
// expect: NaN Infinity -Infinity false true false true gt
// expect: NaN NaN NaN false false false true neither
// expect: NaN NaN NaN false false false true neither
// expect: 0 0 -0 false true true false le
// expect: 0 0 -0 false true true false le
// expect: -0.5 -0.5 -0 true false false true le
// expect: Infinity 0 Infinity false true true false le
// expect: 34 -1 12 true false false true le
// expect: a1.5 NaN NaN false false false true neither
// expect: NaN NaN NaN false false false true neither
// expect: 0.25 -0.25 0 true false false true le
// expect: 2.5 -0.5 1.5 true false false true le
// expect: 525.937480 -258900.633 true true
// expect: 6078832729528465000 0 -0
