// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.4 reduce/toArray/forEach/some/every/find, reviewed by hand)
const log = [];
function src(values) {
  let i = 0;
  return Iterator.from({
    next() { log.push("next"); return i < values.length ? { value: values[i++], done: false } : { value: "end", done: true }; },
    return() { log.push("return"); return {}; },
  });
}
const it = (a) => a.values();
// reduce: with and without an initial value (undefined counts as given), counter, this
print(it([1, 2, 3]).reduce((a, b) => a + b), it([1, 2, 3]).reduce((a, b) => a + b, 10), it([]).reduce((a, b) => a + b, "init"));
print(it([5, 6]).reduce(function (acc, v, k) { "use strict"; return acc + `|${v}@${k}:${this}`; }, ""), it([5, 6]).reduce((acc, v, k) => acc + `|${v}@${k}`));
print(it([1]).reduce(() => "never"), it([1, 2]).reduce((a, b) => String(a) + b, undefined));
try { it([]).reduce((a, b) => a); } catch (e) { print("empty reduce", e.constructor.name); }
// toArray
const arr = it(["a", "b"]).toArray();
print(Array.isArray(arr), arr.join(), Object.getPrototypeOf(arr) === Array.prototype, it([]).toArray().length);
// forEach: returns undefined, counter, this undefined, does not close when exhausted
log.length = 0;
const seen = [];
print(src([7, 8]).forEach(function (v, k) { "use strict"; seen.push(`${v}@${k}:${this}`); }), seen.join(), log.join());
// some / every / find stop early and close the iterator (IteratorClose with a normal completion)
log.length = 0;
print(src([1, 2, 3]).some((v) => v === 2), log.join()); log.length = 0;
print(src([1, 2, 3]).some((v) => v === 9), log.join()); log.length = 0;
print(src([1, 2, 3]).every((v) => v < 2), log.join()); log.length = 0;
print(src([1, 2, 3]).every((v) => v < 9), log.join()); log.length = 0;
print(src([1, 2, 3]).find((v) => v > 1), log.join()); log.length = 0;
print(src([1, 2, 3]).find((v) => v > 5), log.join()); log.length = 0;
// the callbacks' results go through ToBoolean, counters count from 0
const ks = [];
print(it(["x", "y", "z"]).some((v, k) => { ks.push(k); return k === 2 ? "yes" : ""; }), ks.join());
print(it([0, 1]).find((v) => v === 0), it([0]).every(() => 1), it([1]).some(() => 0n));
// closing after an early result: the return method's errors propagate, a non-object result is a TypeError
const badReturn = (r) => Iterator.from({ next: () => ({ value: 1, done: false }), return: r });
try { badReturn(() => { throw new EvalError("ret"); }).some(() => true); } catch (e) { print("some", e.constructor.name); }
try { badReturn(() => 1).find(() => true); } catch (e) { print("find", e.constructor.name); }
try { badReturn(1).every(() => false); } catch (e) { print("every", e.constructor.name); }
print(badReturn(undefined).find(() => true), badReturn(null).some(() => true));
// the iterator's next errors propagate without closing; a callback error closes, the callback's error wins
log.length = 0;
try { Iterator.from({ next() { throw new URIError("next"); }, return() { log.push("return"); } }).toArray(); } catch (e) { print(e.constructor.name, log.length); }
for (const m of ["reduce", "forEach", "some", "every", "find"]) {
  log.length = 0;
  const o = Iterator.from({ next: () => ({ value: 1, done: false }), return() { log.push("return"); throw new Error("ignored"); } });
  try { o[m](() => { throw new RangeError(m); }, 0); } catch (e) { print(e.constructor.name, e.message, log.join()); }
}

// expect: 6 16 init
// expect: |5@0:undefined|6@1:undefined 5|6@1
// expect: 1 undefined12
// expect: empty reduce TypeError
// expect: true a,b true 0
// expect: undefined 7@0:undefined,8@1:undefined next,next,next
// expect: true next,next,return
// expect: false next,next,next,next
// expect: false next,next,return
// expect: true next,next,next,next
// expect: 2 next,next,return
// expect: undefined next,next,next,next
// expect: true 0,1,2
// expect: 0 true false
// expect: some EvalError
// expect: find TypeError
// expect: every TypeError
// expect: 1 true
// expect: URIError 0
// expect: RangeError reduce return
// expect: RangeError forEach return
// expect: RangeError some return
// expect: RangeError every return
// expect: RangeError find return
