// a.push(x) after %Array.prototype% gains an indexed setter: Set(O, "3")
// must find it.  The push fast paths (the baseline call stub's inline push,
// bi_array_push, arr_push) skip the prototype walk while the protector
// vm->array_protos_plain stands (array.h); defining the accessor makes
// %Array.prototype% sparse, which lowers it.  fill() runs hot first, so
// its push is the baseline tier's inline one by then.
function fill(a, n) { for (var i = 0; i < n; i++) a.push(i); return a.length; }
var warm;
for (var r = 0; r < 60; r++) fill(warm = [], 100);
print(warm.length, warm[99]);
var log = [];
Object.defineProperty(Array.prototype, "3", {
  set: function (v) { log[log.length] = "set " + v + " with length " + this.length; },
  configurable: true,
});
var a = [];
print(fill(a, 5), a.hasOwnProperty(3), a[3], log.join("; "));
delete Array.prototype[3];
var b = [];
print(fill(b, 5), b[3], b.hasOwnProperty(3));

// expect: 100 99
// expect: 5 false undefined set 3 with length 3
// expect: 5 3 true
