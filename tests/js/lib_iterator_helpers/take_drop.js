// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.4.11 take / 27.1.4.2 drop, reviewed by hand)
const log = [];
function src(n) {
  let i = 0;
  return Iterator.from({
    next() { log.push("next"); return i < n ? { value: i++, done: false } : { done: true }; },
    return() { log.push("return"); return {}; },
  });
}
const show = (it) => JSON.stringify([...it]);
// take: after the limit the underlying iterator is closed (not pulled again)
print(show(src(5).take(2)), log.join()); log.length = 0;
print(show(src(2).take(5)), log.join()); log.length = 0;
const t0 = src(3).take(0);
print(log.length, JSON.stringify(t0.next()), log.join(), JSON.stringify(t0.next())); log.length = 0;
// counts go through ToNumber and ToIntegerOrInfinity
print(show(src(5).take(2.9)), show(src(5).take("1")), show(src(3).take(Infinity)), show(src(4).take(-0.5)), show(src(3).take({ valueOf: () => 1 })));
log.length = 0;
// drop: the skipped values are stepped without reading `value`
let valueReads = 0;
let j = 0;
const counting = Iterator.from({ next() { j++; return { get value() { valueReads++; return j; }, done: j > 5 }; } });
print(show(counting.drop(3)), valueReads);
print(show(src(5).drop(0)), show(src(5).drop(2.5)), show(src(2).drop(5)), show(src(3).drop(Infinity)));
log.length = 0;
// drop is lazy: nothing happens until the first next()
const d = src(4).drop(2);
print(log.length, JSON.stringify(d.next()), log.join()); log.length = 0;
// take(Infinity) and drop on an infinite iterator
let k = 0;
const nat = { next: () => ({ value: k++, done: false }), __proto__: Iterator.prototype };
print(nat.drop(3).take(3).toArray().join(), k);
// RangeError for NaN and negative counts; TypeError from ToNumber; each closes the receiver
for (const lim of [NaN, undefined, "x", -1, -Infinity, {}, Symbol(), 1n]) {
  for (const m of ["take", "drop"]) {
    log.length = 0;
    const it = src(3);
    try { it[m](lim); print("no error"); } catch (e) { print(m, String(lim === undefined ? "undefined" : typeof lim === "symbol" ? "symbol" : lim), e.constructor.name, log.join()); }
  }
}
// the count is converted before `next` is read
const order = [];
const o = { get next() { order.push("get next"); return () => ({ done: true }); }, __proto__: Iterator.prototype };
o.take({ valueOf() { order.push("valueOf"); return 1; } });
o.drop({ valueOf() { order.push("valueOf"); return 1; } });
print(order.join());

// expect: [0,1] next,next,return
// expect: [0,1] next,next,next
// expect: 0 {"done":true} return {"done":true}
// expect: [0,1] [0] [0,1,2] [] [0]
// expect: [4,5] 2
// expect: [0,1,2,3,4] [2,3,4] [] []
// expect: 0 {"value":2,"done":false} next,next,next
// expect: 3,4,5 6
// expect: take NaN RangeError return
// expect: drop NaN RangeError return
// expect: take undefined RangeError return
// expect: drop undefined RangeError return
// expect: take x RangeError return
// expect: drop x RangeError return
// expect: take -1 RangeError return
// expect: drop -1 RangeError return
// expect: take -Infinity RangeError return
// expect: drop -Infinity RangeError return
// expect: take [object Object] RangeError return
// expect: drop [object Object] RangeError return
// expect: take symbol TypeError return
// expect: drop symbol TypeError return
// expect: take 1 TypeError return
// expect: drop 1 TypeError return
// expect: valueOf,get next,valueOf,get next
