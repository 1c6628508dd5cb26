// Array.prototype.push in hot loops (the baseline JIT pushes one value
// onto a dense array with room in its call stub): the returned length,
// growth past the capacity, arrays push must not treat as dense (frozen,
// sealed, non-extensible, read-only length, sparse), subclasses, other
// argument counts, array-likes, a replaced push, and objects pushed into
// an old array that must survive collections (the write barrier).
function fill(a, n, v) { var r = 0; for (var i = 0; i < n; i++) r = a.push(v === undefined ? i : v); return r; }
var a = [];
print(fill(a, 300), a.length, a[0], a[299], a.indexOf(150));
var holes = [1, , 3];
holes.length = 5;
print(fill(holes, 3, "h"), JSON.stringify(holes));
function tryPush(name, arr) {
  var out = [];
  for (var i = 0; i < 3; i++) {
    try { out.push(arr.push(i)); } catch (e) { out.push(e.constructor.name); }
  }
  print(name, out.join(","), arr.length);
}
tryPush("frozen", Object.freeze([7]));
tryPush("sealed", Object.seal([7]));
tryPush("nonext", Object.preventExtensions([7]));
var ro = [7, 8];
Object.defineProperty(ro, "length", { writable: false });
tryPush("rolength", ro);
var sparse = [];
sparse[100000] = 1;
tryPush("sparse", sparse);
class Stack extends Array {}
var st = new Stack();
print(fill(st, 50), st.length, st instanceof Stack, st[49]);
var two = [];
for (var i = 0; i < 20; i++) two.push(i, -i);
var none = [];
for (var i = 0; i < 20; i++) none.push();
print(two.length, two[39], none.length);
var like = { length: 2, 0: "x", 1: "y" };
for (var i = 0; i < 10; i++) Array.prototype.push.call(like, i);
print(like.length, like[11]);
var p = [];
var seen = 0;
var orig = Array.prototype.push;
for (var k = 0; k < 3; k++) {
  if (k === 1) Array.prototype.push = function (v) { seen++; return orig.call(this, v * 10); };
  if (k === 2) Array.prototype.push = orig;
  for (var i = 0; i < 5; i++) p.push(i);
}
print(p.join(","), seen);
// a megamorphic call site whose targets include push
var fns = [function (x) { return x + 1; }, [].push, function (x) { return x * 2; }, Math.abs, [].push];
var sink = [], res = [];
for (var i = 0; i < 50; i++) res.push(fns[i % 5].call(sink, i));
print(res.slice(0, 10).join(","), sink.length, sink[9]);
// young objects in an old array, then garbage and collections
var old = [];
for (var r = 0; r < 3; r++) {
  for (var i = 0; i < 300; i++) old.push({ v: i, s: "s" + i });
  var junk = [];
  for (var i = 0; i < 1500; i++) junk.push([i]);
}
var sum = 0;
for (var i = 0; i < old.length; i++) sum += old[i].v + old[i].s.length;
print(old.length, sum, old[899].s);
// expect: 300 300 0 299 150
// expect: 8 [1,null,3,null,null,"h","h","h"]
// expect: frozen TypeError,TypeError,TypeError 1
// expect: sealed TypeError,TypeError,TypeError 1
// expect: nonext TypeError,TypeError,TypeError 1
// expect: rolength TypeError,TypeError,TypeError 2
// expect: sparse 100002,100003,100004 100004
// expect: 50 50 true 49
// expect: 40 -19 0
// expect: 12 9
// expect: 0,1,2,3,4,0,10,20,30,40,0,1,2,3,4 5
// expect: 1,1,4,3,2,6,3,14,8,4 20 24
// expect: 900 137820 s299
