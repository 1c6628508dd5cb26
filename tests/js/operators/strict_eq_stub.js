// Strict equality between two non-constant operands, in both forms (a
// branch: if (a === b), and a value: r = a === b), for every kind of value
// the baseline JIT's strict_eq stub sorts: same bits (int32, object, double,
// NaN), different bits that are equal (0 and -0, strings built apart,
// BigInts), and different kinds.  Run hot so the stub's paths run many
// times in compiled code.
function br(a, b) { if (a === b) return 1; return 0; }
function brn(a, b) { if (a !== b) return 1; return 0; }
function val(a, b) { var r = a === b; return r; }
function valn(a, b) { var r = a !== b; return r; }

var o = {}, p = {}, sym = Symbol("s"), big = 2n ** 70n;
var s1 = "ab" + "cd".slice(0, 1), s2 = "a" + "bc";   // "abc" twice, built apart
var pairs = [
  [1, 1], [1, 2], [-5, -5], [o, o], [o, p], [1.5, 1.5], [1.5, 2.5], [NaN, NaN],
  [0, -0], [-0, 0], [3, 3.0], [1, 1.0000001], [s1, s2], [s1, "abd"], [s1, 1],
  [big, 2n ** 70n], [big, 1n], [big, 1], [sym, sym], [sym, Symbol("s")],
  [undefined, null], [null, null], [undefined, undefined], [true, true], [true, false],
  [true, 1], [null, 0], [o, "x"], ["", 0], [1, "1"], [Infinity, Infinity], [Infinity, -Infinity],
];
var line = [];
for (var i = 0; i < pairs.length; i++) {
  var a = pairs[i][0], b = pairs[i][1];
  var sum = 0;
  for (var k = 0; k < 300; k++) sum += br(a, b) + 2 * brn(a, b) + 4 * val(a, b) + 8 * valn(a, b);
  sum += br(b, a) * 1000;
  line.push(i + ":" + sum);
}
console.log(line.join(" "));
// expect: 0:2500 1:3000 2:2500 3:2500 4:3000 5:2500 6:3000 7:3000 8:2500 9:2500 10:2500 11:3000 12:2500 13:3000 14:3000 15:2500 16:3000 17:3000 18:2500 19:3000 20:3000 21:2500 22:2500 23:2500 24:3000 25:3000 26:3000 27:3000 28:3000 29:3000 30:2500 31:3000

// a site that saw only int32s and objects, then a string and a double
function mixed(x, y) { return x === y ? "eq" : "ne"; }
var out = [];
for (var j = 0; j < 200; j++) out.push(mixed(j & 3, 2));
out.length = 0;
out.push(mixed(o, o), mixed("q" + j, "q200"), mixed(0.5 + j, 200.5), mixed(NaN, NaN), mixed(j, 200));
console.log(out.join(","));
// expect: eq,eq,eq,ne,eq
