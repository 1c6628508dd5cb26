// for-of and array destructuring in hot functions (baseline code walks
// arrays inline, reads built-in iterators' result objects inline and
// calls the rest directly): holes seen through the prototype, arrays
// that grow or shrink while walked, Sets, Maps, strings, generators,
// iterators whose results have getters, are not objects, or have a
// non-boolean `done`, next() throwing, break calling return(), a body
// that throws, and collections in the middle of it all.
function sum(xs) { var s = 0; for (var x of xs) s += x; return s; }
var arr = [];
for (var i = 0; i < 100; i++) arr.push(i);
var t = 0;
for (var k = 0; k < 20; k++) t += sum(arr);
print(t);
function show(xs) { var out = []; for (var x of xs) out.push(String(x)); return out.join(","); }
var holey = [1, , 3, , 5];
print(show(holey));
Array.prototype[1] = "P";
print(show(holey));
delete Array.prototype[1];
print(show(holey));
// growing and shrinking while walked
function grow() { var a = [1, 2, 3], n = 0; for (var x of a) { if (a.length < 8) a.push(x * 10); n++; } return n + ":" + a.join(","); }
print(grow());
function shrink() { var a = [1, 2, 3, 4, 5, 6], seen = []; for (var x of a) { seen.push(x); a.length = 3; } return seen.join(","); }
print(shrink());
// Sets, Maps, strings, typed arrays, arguments
function setSum(s) { var r = 0; for (var v of s) r += v; return r; }
var st = new Set([1, 2, 3, 4]);
var ss = 0;
for (var k = 0; k < 10; k++) ss += setSum(st);
print(ss);
function mapKeys(m) { var r = ""; for (var [key, val] of m) r += key + "=" + val + ";"; return r; }
print(mapKeys(new Map([["a", 1], ["b", 2]])));
print(show("héllo"), show(new Int8Array([5, -6])));
function argsOf() { return show(arguments); }
print(argsOf(7, 8, 9));
// deleting from a Set while iterating it
function setDelete() { var s = new Set([1, 2, 3, 4, 5]), out = []; for (var v of s) { out.push(v); s.delete(v + 1); } return out.join(","); }
print(setDelete());
// generators
function* gen(n) { for (var i = 0; i < n; i++) yield i * i; return "end"; }
var gs = 0;
for (var k = 0; k < 10; k++) gs += sum(gen(5));
print(gs);
// custom iterators: getters, truthy done, non-object results, throwing next
function iterOf(next) { return { [Symbol.iterator]() { return { next: next }; } }; }
var calls = 0;
var getterIter = iterOf(function () {
  calls++;
  return { get done() { return calls > 3; }, get value() { return "g" + calls; } };
});
print(show(getterIter));
var n2 = 0;
print(show(iterOf(function () { n2++; return { done: n2 > 2 ? 1 : 0, value: n2 }; })));
var n3 = 0;
print(show(iterOf(function () { n3++; return { value: n3, done: n3 > 2 ? "yes" : "" }; })));
function bad(v) { try { show(iterOf(function () { return v; })); } catch (e) { return e.constructor.name; } }
print(bad(1), bad(undefined), bad("s"));
var n4 = 0;
function throwingNext() {
  try { show(iterOf(function () { if (++n4 === 3) throw new Error("boom" + n4); return { value: n4, done: false }; })); }
  catch (e) { return e.message; }
}
print(throwingNext());
// break and a throwing body call return()
var closed = 0;
var closable = { [Symbol.iterator]() { var i = 0; return { next() { return { value: i++, done: false }; }, return() { closed++; return {}; } }; } };
function firstOver(lim) { for (var v of closable) if (v > lim) return v; }
function bodyThrows() { try { for (var v of closable) if (v === 2) throw new TypeError("t"); } catch (e) { return e.name; } }
var fo = 0;
for (var k = 0; k < 5; k++) fo += firstOver(k);
print(fo, bodyThrows(), closed);
// a replaced array iterator
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield "patched"; };
print(show([1, 2]));
Array.prototype[Symbol.iterator] = saved;
print(show([1, 2]));
// array destructuring (ITER_NEXT): short arrays, holes, strings, Sets
function firstTwo(x) { var [a, b = "d", ...rest] = x; return a + "/" + b + "/" + rest.length; }
var dr = [];
for (var k = 0; k < 3; k++) dr.push(firstTwo([k]), firstTwo([k, , k]), firstTwo("xyz"), firstTwo(new Set([k, k + 1, k + 2, k + 3])));
print(dr.join(" "));
function swapLoop(n) { var a = 1, b = 2; for (var i = 0; i < n; i++) [a, b] = [b, a + b]; return a; }
print(swapLoop(30));
// collections while walking fresh objects
function churn() {
  var total = 0;
  for (var r = 0; r < 30; r++) {
    var objs = [];
    for (var i = 0; i < 50; i++) objs.push({ v: i, s: "x" + i });
    for (var o of objs) total += o.v + o.s.length;
    for (var [p, q] of [[r, 1], [2, r]]) total += p * q;
  }
  return total;
}
print(churn());
// expect: 99000
// expect: 1,undefined,3,undefined,5
// expect: 1,P,3,undefined,5
// expect: 1,undefined,3,undefined,5
// expect: 8:1,2,3,10,20,30,100,200
// expect: 1,2,3
// expect: 100
// expect: a=1;b=2;
// expect: h,é,l,l,o 5,-6
// expect: 7,8,9
// expect: 1,3,5
// expect: 300
// expect: g1,g2,g3
// expect: 1,2
// expect: 1,2
// expect: TypeError TypeError TypeError
// expect: boom3
// expect: 15 TypeError 6
// expect: patched
// expect: 1,2
// expect: 0/d/0 0/d/1 x/y/1 0/1/2 1/d/0 1/d/1 x/y/1 1/2/2 2/d/0 2/d/1 x/y/1 2/3/2
// expect: 2178309
// expect: 42255
