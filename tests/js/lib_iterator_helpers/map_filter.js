// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.4.8 map / 27.1.4.5 filter, reviewed by hand)
const log = [];
function src(n) {
  let i = 0;
  return Iterator.from({
    next(...a) { log.push("next" + (a.length ? "(args)" : "")); return i < n ? { value: i++, done: false } : { value: "ret", done: true }; },
    return() { log.push("return"); return {}; },
  });
}
// laziness: nothing is pulled before the first next(); next is called with no arguments
const m = src(3).map(function (x, k) { "use strict"; log.push(`map ${x} ${k} ${this}`); return x * 2; });
print(log.length, typeof m.next, m[Symbol.iterator]() === m, m.toString());
print(JSON.stringify(m.next("ignored")), log.join());
log.length = 0;
print(JSON.stringify(m.next()), JSON.stringify(m.next()), log.join());
log.length = 0;
// the underlying done result's value is dropped; afterwards the helper is finished for good
print(JSON.stringify(m.next()), JSON.stringify(m.next()), log.join());
// filter: the counter counts every value seen, not only those kept
log.length = 0;
const f = src(6).filter((x, k) => { log.push(`p${x}/${k}`); return x % 3 ? 0 : "truthy"; });
print([...f].join(), log.join());
// for-of over a helper and breaking out closes the underlying iterator through the helper's return
log.length = 0;
for (const v of src(10).map((x) => x + 100)) { if (v === 101) break; }
print(log.join());
// chaining
print(Iterator.from([1, 2, 3, 4, 5, 6]).filter((x) => x % 2).map((x) => x * x).toArray().join());
// map over an infinite iterator stays lazy
let n = 0;
const nat = { next: () => ({ value: n++, done: false }), __proto__: Iterator.prototype };
const sq = nat.map((x) => x * x);
print(sq.next().value, sq.next().value, sq.next().value, n);

// expect: 0 function true [object Iterator Helper]
// expect: {"value":0,"done":false} next,map 0 0 undefined
// expect: {"value":2,"done":false} {"value":4,"done":false} next,map 1 1 undefined,next,map 2 2 undefined
// expect: {"done":true} {"done":true} next
// expect: 0,3 next,p0/0,next,p1/1,next,p2/2,next,p3/3,next,p4/4,next,p5/5,next
// expect: next,next,return
// expect: 1,9,25
// expect: 0 1 4 3
