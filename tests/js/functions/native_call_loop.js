// Native functions called in hot loops (baseline code calls a native in
// place from its call stub once the call feedback is settled): results
// landing in the right register, `this` and argument counts, exceptions
// thrown by the native (caught in the caller, in an outer frame, through
// finally), natives that call back into JS (which may throw), stack
// traces through them, a call site that goes megamorphic, bound
// functions and call/apply, and collections while natives allocate
// (deep recursion through a native: tests/js/recursion/native_call_deep.js).
function sumCodes(s) { var t = 0; for (var i = 0; i < s.length; i++) t += s.charCodeAt(i); return t; }
print(sumCodes("hello world"), Math.max(1, 9, 3), Math.min(), String.fromCharCode(72, 105));
var m = new Map();
for (var i = 0; i < 200; i++) m.set("k" + i, i * 2);
var got = 0;
for (var i = 0; i < 200; i++) got += m.get("k" + i) + (m.has("x" + i) ? 1000 : 0);
print(got, m.size);
// a native that throws, caught where it was called
function parseAll(xs) {
  var out = [];
  for (var i = 0; i < xs.length; i++) {
    try { out.push(JSON.parse(xs[i])); } catch (e) { out.push(e.name); }
  }
  return out.join("|");
}
print(parseAll(["1", "[2]", "{", "true", "nul", "3"]));
// ... caught two frames up, after finally blocks ran
var fin = 0;
function inner(s) { try { return JSON.parse(s); } finally { fin++; } }
function middle(s) { return inner(s) + 1; }
function outer() {
  var r = [];
  for (var i = 0; i < 6; i++) {
    try { r.push(middle(i % 3 ? String(i) : "x")); } catch (e) { r.push(e instanceof SyntaxError); }
  }
  return r.join(",");
}
print(outer(), fin);
// natives calling back into JS, the callback throwing
function mapAll(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += [1, 2, 3].map(function (x) { return x * i; }).reduce(function (a, b) { return a + b; }, 0);
  }
  return s;
}
print(mapAll(50));
function cbThrows() {
  var caught = 0;
  for (var i = 0; i < 20; i++) {
    try { [i].forEach(function (x) { if (x % 4 === 0) throw new RangeError("r" + x); }); }
    catch (e) { caught++; if (i === 8) print(e.message, e instanceof RangeError); }
  }
  return caught;
}
print(cbThrows());
// a stack trace names the frames below the native
function traced() {
  var st = "";
  for (var i = 0; i < 3; i++) {
    try { [0].forEach(function cb() { null.x; }); } catch (e) { st = e.stack; }
  }
  return /at cb/.test(st) && /at traced/.test(st);
}
print(traced());
// sloppy and strict `this`, other argument counts
var obj = { v: 5, f: function () { return this.v; } };
var res = [];
for (var i = 0; i < 10; i++) res.push(Object.prototype.hasOwnProperty.call(obj, i % 2 ? "v" : "w"));
print(res.join(","));
for (var i = 0; i < 10; i++) res[i] = Array.prototype.slice.call("abc", i % 3).length;
print(res.join(","));
// one call site, many targets (megamorphic), natives and JS functions mixed
var fns = [Math.abs, function (x) { return -x; }, Math.sqrt, String, Number.isInteger, function () { return arguments.length; }];
var outv = [];
for (var i = 0; i < 36; i++) outv.push(fns[i % 6](i - 18));
print(outv.slice(0, 12).join(","));
// bound functions, call and apply
var bound = Math.max.bind(null, 100);
var ba = 0;
for (var i = 0; i < 50; i++) ba += bound(i * 3) + Math.max.apply(null, [i, 2]) + Math.min.call(null, i, 10);
print(ba);
// collections while natives allocate (strings, arrays, objects)
var keep = [];
for (var r = 0; r < 2000; r++) {
  var parts = ("a,b," + r).split(",");
  keep.push(parts.concat([String(r)]).join("-"));
  Object.keys({ a: r, b: [r] });
}
print(keep.length, keep[1999], keep[7]);
// a native replaced at run time at a settled call site
var calls = 0;
var origAbs = Math.abs;
for (var k = 0; k < 3; k++) {
  if (k === 1) Math.abs = function (x) { calls++; return origAbs(x) + 0.5; };
  if (k === 2) Math.abs = origAbs;
  var t = 0;
  for (var i = 0; i < 5; i++) t += Math.abs(-i);
  print(t);
}
print(calls);
// expect: 1116 9 Infinity Hi
// expect: 39800 200
// expect: 1|2|SyntaxError|true|SyntaxError|3
// expect: true,2,3,true,5,6 6
// expect: 7350
// expect: r8 true
// expect: 5
// expect: true
// expect: false,true,false,true,false,true,false,true,false,true
// expect: 3,2,1,3,2,1,3,2,1,3
// expect: 18,17,NaN,-15,true,1,12,11,NaN,-9,true,1
// expect: 7065
// expect: 2000 a-b-1999-1999 a-b-7-7
// expect: 10
// expect: 12.5
// expect: 10
// expect: 5
