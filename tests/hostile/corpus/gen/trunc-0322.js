// for-of, spread and array destructuring go through the (replaceable)
// Array.prototype[Symbol.iterator]; indexed access does not.
var orig = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  var i = 0, a = this;
  return { next: function () { return i < a.length ? { value: a[i++] * 10, done: false } : { value: undefined, done: true }; } };
};
var out = [];
for (var v of [1, 2]) out.push(v);
var spread = [...[3, 4]];
var [d] = [5];
Array.prototype[Symbol.iterator] = orig;
print(out.join()); // expect: 10,20
print(spread.join()); // expect: 30,40
print(d); // expect: 50
print([...[6]].join()); // expect: 6
var arr = [7, 8];
print(arr[0] + arr[1]); // ex