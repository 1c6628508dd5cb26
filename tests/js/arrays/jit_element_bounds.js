// The baseline JIT's element templates share one bounds check (index
// below the length and the capacity, compared unsigned, so a negative
// int32 index fails it) and send what is not a dense element -- a typed
// array, an index past the end, a negative or non-int32 key, a hole -- to
// the typed-array path or the interpreter.  Every case below runs in one
// loop so the same instruction sees them all.
function get(o, k) { return o[k]; }
function set(o, k, v) { o[k] = v; return o[k]; }

var arr = [10, 20, 30];
arr[-1] = "minus one";
arr[-2147483648] = "int32 min";
var holey = [1, , 3];
var big = [7, 8];
big.length = 3000000000;          // a length past 2^31: negative keys must still miss
big[-5] = "big minus five";
var f64 = new Float64Array([1.5, -0, 2, NaN]);
var i8 = new Int8Array([-1, 2, 127]);
var clamped = new Uint8ClampedArray([0, 128, 255]);
var obj = { 0: "zero", 1: "one", length: 2 };
var keys = [0, 2, 3, -1, -2147483648, 1.5, "1", -5, 2999999999];
var targets = [arr, holey, big, f64, i8, clamped, obj, "str"];
var lines = [];
for (var round = 0; round < 3; round++) {
  lines = [];
  for (var t = 0; t < targets.length; t++) {
    var row = [];
    for (var k = 0; k < keys.length; k++) {
      var v = get(targets[t], keys[k]);
      row.push(Object.is(v, -0) ? "-0" : String(v));
    }
    lines.push(row.join(","));
  }
}
for (var i = 0; i < lines.length; i++) print(lines[i]);
// expect: 10,30,undefined,minus one,int32 min,undefined,20,undefined,undefined
// expect: 1,3,undefined,undefined,undefined,undefined,undefined,undefined,undefined
// expect: 7,undefined,undefined,undefined,undefined,undefined,8,big minus five,undefined
// expect: 1.5,2,NaN,undefined,undefined,undefined,-0,undefined,undefined
// expect: -1,127,undefined,undefined,undefined,undefined,2,undefined,undefined
// expect: 0,255,undefined,undefined,undefined,undefined,128,undefined,undefined
// expect: zero,undefined,undefined,undefined,undefined,undefined,one,undefined,undefined
// expect: s,r,undefined,undefined,undefined,undefined,t,undefined,undefined

// stores: dense, past the end (grows), negative keys, holes, typed arrays
var out = [];
for (var round = 0; round < 3; round++) {
  var a = [1, 2, 3], h = [1, , 3], d = new Float64Array(3), u = new Uint8Array(2);
  out = [set(a, 1, "x"), set(a, 3, "grown"), set(a, -1, "neg"), a.length,
         set(h, 1, "filled"), set(d, 0, 2.5), set(d, 1, 7), set(d, 5, 1), set(d, -1, 9), d.length,
         set(u, 0, 300), set(u, 1, -1)];
}
print(out.join(","));   // expect: x,grown,neg,4,filled,2.5,7,,,3,44,255

// for-of over arrays: empty, growing while walked, with a hole
var walked = [];
for (var x of []) walked.push(x);
var g = [1, 2];
for (var y of g) { walked.push(y); if (g.length < 4) g.push(y * 10); }
for (var z of [5, , 6]) walked.push(z);
print(walked.join(","));   // expect: 1,2,10,20,5,,6
