// The baseline JIT keeps the value an instruction stored in rax (and a
// double also in xmm0) for the next instruction, knows an operand that
// LOAD_INT set just before to be an int32, and emits slow paths out of
// line: values that change type mid-loop, int32 overflow into a double,
// -0, NaN, a slow path whose result the next instruction uses (the
// generic entry reloads it), handlers right after a LOAD_INT, and
// getters that appear mid-loop.
function chain(a, b) {
  var s = a + b;          // int32, overflow to double, string concat, NaN
  var t = s * 2;          // s from the cache
  var u = t - 1;
  var v = 2 * u;          // LOAD_INT 2, then MUL: a known int32 operand
  return v / 4;           // DIV of the cached value
}
var inputs = [[1, 2], [2147483647, 1], [-2147483648, -1], [1.5, 2.25], ["x", 1], [NaN, 1],
              [0, -0], [-0, -0], [undefined, 1], [1e308, 1e308], [3, null], [true, 2]];
var out = [];
for (var k = 0; k < 30; k++) {
  out = [];
  for (var i = 0; i < inputs.length; i++) {
    var r = chain(inputs[i][0], inputs[i][1]);
    out.push(Object.is(r, -0) ? "-0" : String(r));
  }
}
print(out.join(" "));   // expect: 2.5 2147483647.5 -2147483649.5 3.25 NaN NaN -0.5 -0.5 NaN Infinity 2.5 2.5

// -0 from a multiplication by a constant, and from a negative constant
function negzero(x) { var a = x * 3; var b = -2 * x; var c = 0 * x; return [a, b, c]; }
var z = [];
for (var k = 0; k < 30; k++) z = [negzero(0), negzero(-0), negzero(-1), negzero(1.5), negzero(-2147483648)];
print(z.map(function (p) { return p.map(function (v) { return Object.is(v, -0) ? "-0" : v; }).join(","); }).join(" "));
// expect: 0,-0,0 -0,0,-0 -3,2,-0 4.5,-3,0 -6442450944,4294967296,-0

// a counter that leaves int32 range inside the loop, compared right after
var n = 2147483640, hits = 0;
for (var i = 0; i < 20; i++) { n = n + 1; if (n > 2147483645) hits++; }
print(n, hits);   // expect: 2147483660 15

// a double chain compared with a constant right after (xmm0 carries it)
var x = 0.5, steps = 0;
while (true) { x = x * 1.5; var y = x - 0.25; steps++; if (y > 1000.5) break; }
print(steps, x);   // expect: 19 1108.4189100265503

// constant then compare-and-branch on a value that turns into a string
function lim(v) { var c = 0; for (var i = 0; i < 5; i++) { if (v < 3) c++; v = v + 1; if (i === 2) v = String(v); } return c + ":" + v; }
print(lim(0), lim(1.5), lim("0"));   // expect: 3:311 2:4.511 2:011111

// a handler right after a LOAD_INT: entered without running it
function thrower(o) {
  var r = 0;
  for (var i = 0; i < 6; i++) {
    r = 7;
    try { r = 1; if (i % 2) throw new Error("e" + i); r = r + o.v; } catch (e) { r = r * 10; }
  }
  return r;
}
print(thrower({v: 4}), thrower({ get v() { return 2.5; } }));   // expect: 10 10

// a property that becomes a getter mid-loop, its value used next
var obj = {p: 1}, acc = 0;
for (var i = 0; i < 50; i++) {
  if (i === 25) Object.defineProperty(obj, "p", { get: function () { return 0.5; } });
  var q = obj.p;
  acc = acc + q * 2;
}
print(acc);   // expect: 75

// a loop whose counter is a double from the start
var s = 0;
for (var d = 0.5; d < 10; d += 1) s = s + d;
print(s);   // expect: 50
