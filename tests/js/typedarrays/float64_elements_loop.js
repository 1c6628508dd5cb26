// Float64Array element loads and stores in a hot loop (the baseline JIT
// does these inline): int32 and double values, NaN, -0, bounds, a view
// with a byte offset, a resizable buffer, non-number stores and keys.
function fill(a, n) {
  for (var i = 0; i < n; i++) a[i] = i % 3 === 0 ? i : i + 0.5;
}
function sum(a, n) {
  var s = 0;
  for (var i = 0; i < n; i++) s += a[i];
  return s;
}
var a = new Float64Array(100);
for (var k = 0; k < 30; k++) { fill(a, 100); }
print(sum(a, 100), a[3], a[4], typeof a[3]);
print(a[100], a[-1], a[1.5], a["2"]);
function storeAll(a, v) { for (var i = 0; i < a.length; i++) a[i] = v; return a[0]; }
print(storeAll(a, NaN), storeAll(a, -0), 1 / a[5], storeAll(a, "2.25"), storeAll(a, 7));
print(storeAll(a, 2147483647), storeAll(a, -2147483648), storeAll(a, 1e300));
print(Object.is(storeAll(a, -0), -0), storeAll(a, undefined), storeAll(a, null), storeAll(a, true));
// a view with a byte offset shares the buffer
var buf = new ArrayBuffer(64);
var whole = new Float64Array(buf), tail = new Float64Array(buf, 16, 4);
for (var k = 0; k < 20; k++) fill(tail, 4);
print(Array.from(whole).join(), sum(tail, 6));
// out of bounds stores are dropped
function oob(a) { for (var i = 0; i < 10; i++) a[i + a.length] = 1; return a.length; }
print(oob(tail), tail.join());
// a resizable buffer: the length follows the buffer
var rb = new ArrayBuffer(32, { maxByteLength: 64 });
var rt = new Float64Array(rb);
for (var k = 0; k < 20; k++) fill(rt, 8);
print(rt.length, rt.join());
rb.resize(16);
print(rt.length, sum(rt, 4));
// other kinds still take their own conversions
var u8 = new Uint8ClampedArray(4), i32 = new Int32Array(4), f32 = new Float32Array(4);
for (var k = 0; k < 20; k++) { storeAll(u8, 300.5); storeAll(i32, 4294967297.5); storeAll(f32, 0.1); }
print(u8.join(), i32.join(), f32[0]);

// expect: 4983 3 4.5 number
// expect: undefined undefined undefined 2.5
// expect: NaN -0 -Infinity 2.25 7
// expect: 2147483647 -2147483648 1e+300
// expect: true NaN 0 1
// expect: 0,0,0,1.5,2.5,3,0,0 NaN
// expect: 4 0,1.5,2.5,3
// expect: 4 0,1.5,2.5,3
// expect: 2 NaN
// expect: 255,255,255,255 1,1,1,1 0.10000000149011612
