function each(arr, fn) { for (var i = 0; i < arr.length; i++) fn(arr[i]); }
var seen = [];
try {
  each([1, 2, 3, 4], function (x) { if (x === 3) throw new Error("stop at " + x); seen.push(x); });
} catch (e) {
  print(e.message); // expect: stop at 3
}
print(seen.join()); // expect: 1,2
try {
  [1, 2, 3].map(function (x) { if (x === 2) throw x * 100; return x; });
} catch (v) {
  p