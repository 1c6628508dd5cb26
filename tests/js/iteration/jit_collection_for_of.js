// for-of over Map and Set iterators in hot functions: baseline code steps
// them without the {value, done} result that next() makes
// (bi_collection_iter_step); anything that is not the built-in next of a
// matching iterator is the interpreter's.  Covered: values, keys, entries
// of both, destructuring, additions during the loop (visited), deletions
// ahead (skipped), clear() mid-loop, break and a throw out of the body,
// an iterator partly consumed by hand and an exhausted one, a patched
// %SetIteratorPrototype%.next, a Map iterator's next on a Set iterator
// (TypeError), a Set subclass with its own iterator, object keys while
// collections run, and nested loops over one collection.
function sumSet(s) { var t = 0; for (var v of s) t += v; return t; }
function sumKeys(m) { var t = ""; for (var k of m.keys()) t += k; return t; }
function sumValues(m) { var t = 0; for (var v of m.values()) t += v; return t; }
function entries(m) { var t = ""; for (var [k, v] of m) t += k + "=" + v + ";"; return t; }
function setEntries(s) { var t = []; for (var e of s.entries()) t.push(e[0] + "/" + e[1]); return t.join(" "); }
var s = new Set([1, 2, 3, 4]), m = new Map([["a", 1], ["b", 2], ["c", 3]]);
var r1 = 0, r2 = "", r3 = 0, r4 = "", r5 = "";
for (var i = 0; i < 60; i++) { r1 += sumSet(s); r2 = sumKeys(m); r3 += sumValues(m); r4 = entries(m); r5 = setEntries(s); }
print(r1, r2, r3, r4, r5);
// expect: 600 abc 360 a=1;b=2;c=3; 1/1 2/2 3/3 4/4

function grow(n) {
  var q = new Set([0]), out = [];
  for (var v of q) { out.push(v); if (v < n) q.add(v + 1); if (v === 2) q.delete(4); }
  return out.join(",");
}
function clearMid() {
  var c = new Map([[1, "x"], [2, "y"], [3, "z"]]), got = [];
  for (var [k, v] of c) { got.push(v); if (k === 1) { c.clear(); c.set(9, "after"); } }
  return got.join(",");
}
var g1, g2;
for (var i = 0; i < 30; i++) { g1 = grow(8); g2 = clearMid(); }
print(g1, g2);
// expect: 0,1,2,3,4,5,6,7,8 x,after

function firstOver(set, lim) { for (var v of set) if (v > lim) return v; return -1; }
function throwing(set) {
  try { for (var v of set) { if (v === 3) throw new Error("at " + v); } } catch (e) { return e.message; }
  return "none";
}
var f = 0, th;
for (var i = 0; i < 40; i++) { f += firstOver(s, i % 4); th = throwing(s); }
print(f, th);
// expect: 100 at 3

function rest(it) { var t = []; for (var v of it) t.push(v); return t.join(""); }
var partly = "", again = "";
for (var i = 0; i < 30; i++) {
  var it = new Set(["p", "q", "r", "s"]).values();
  it.next();
  partly = rest(it);
  again = rest(it);
}
print(partly, "[" + again + "]");
// expect: qrs []

var SetIterProto = Object.getPrototypeOf(new Set().values());
var origNext = SetIterProto.next;
var patched = 0;
SetIterProto.next = function () { patched++; return origNext.call(this); };
var pt = 0;
for (var i = 0; i < 20; i++) pt += sumSet(s);
SetIterProto.next = origNext;
print(pt, patched);
// expect: 200 100

var bad = new Set([1, 2]).values();
bad.next = new Map().keys().next;
var wrongKind = { [Symbol.iterator]() { return bad; } };
var te = 0;
for (var i = 0; i < 20; i++) { try { for (var v of wrongKind) te -= 100; } catch (e) { if (e instanceof TypeError) te++; } }
print(te);
// expect: 20

class Evens extends Set { *[Symbol.iterator]() { for (var v of this.values()) if (v % 2 === 0) yield v; } }
var ev = new Evens([1, 2, 3, 4, 5, 6]), es = 0;
for (var i = 0; i < 30; i++) for (var v of ev) es += v;
print(es);
// expect: 360

function objectKeys(n) {
  var om = new Map(), keys = [];
  for (var i = 0; i < n; i++) { var k = { id: i, pad: [i, i, i] }; keys.push(k); om.set(k, "v" + i); }
  var t = 0;
  for (var [k, v] of om) { if (om.get(k) === v) t += k.id + k.pad.length; var junk = [v, v, { v: v }]; }
  return t;
}
var ok = 0;
for (var i = 0; i < 8; i++) ok += objectKeys(60);
print(ok);
// expect: 15600

function pairs(set) { var n = 0; for (var a of set) for (var b of set) if (a < b) n++; return n; }
var pn = 0;
for (var i = 0; i < 30; i++) pn += pairs(s);
print(pn);
// expect: 180
