// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.4 (argument checks close the receiver, ES2025+), reviewed by hand)
const log = [];
function receiver() {
  return {
    __proto__: Iterator.prototype,
    get next() { log.push("get next"); return () => ({ value: 1, done: false }); },
    get return() { log.push("get return"); return () => { log.push("return"); return {}; }; },
  };
}
const P = Iterator.prototype;
// a non-object this is a TypeError before anything else (no argument conversion)
let converted = false;
const lim = { valueOf() { converted = true; return 1; } };
for (const m of ["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"]) {
  try { P[m].call(1, m === "take" || m === "drop" ? lim : () => 1); print("no error"); } catch (e) { log.push(m + ":" + e.constructor.name); }
}
print(log.join(), converted);
// a non-callable callback: TypeError, the receiver is closed, `next` never read
for (const m of ["map", "filter", "flatMap", "reduce", "forEach", "some", "every", "find"]) {
  for (const fn of [undefined, {}, "f", Symbol()]) {
    log.length = 0;
    try { receiver()[m](fn); print("no error"); } catch (e) { if (fn === undefined) print(m, e.constructor.name, log.join()); else if (!(e instanceof TypeError)) print("wrong error"); }
  }
}
// the callable check happens before `next` is read, and the lazy ones read next eagerly
log.length = 0;
receiver().map(() => 1);
print(log.join());
// a getter for next that throws: no closing (the iterator record does not exist yet)
log.length = 0;
const badNext = { __proto__: Iterator.prototype, get next() { throw new EvalError("next getter"); }, return() { log.push("return"); } };
for (const m of ["map", "toArray", "take"]) {
  try { badNext[m](m === "take" ? 1 : () => 1); } catch (e) { print(m, e.constructor.name, log.length); }
}
// next is not checked for callability until it is called
const noNext = { __proto__: Iterator.prototype, next: 42, return() { log.push("return"); } };
const lazy = noNext.map((x) => x);
try { lazy.next(); } catch (e) { print("lazy", e.constructor.name, log.length); }
try { noNext.toArray(); } catch (e) { print("eager", e.constructor.name, log.length); }
// an iterator result that is not an object is a TypeError (no closing)
const prim = { __proto__: Iterator.prototype, next: () => 1, return() { log.push("return"); } };
try { prim.filter(() => true).next(); } catch (e) { print("result", e.constructor.name, log.length); }
try { prim.reduce((a) => a, 0); } catch (e) { print("result", e.constructor.name, log.length); }
// errors of the underlying next finish the helper without closing
const boom = { __proto__: Iterator.prototype, next() { throw new URIError("n"); }, return() { log.push("return"); } };
const bh = boom.drop(1);
try { bh.next(); } catch (e) { print("drop", e.constructor.name, log.length, JSON.stringify(bh.next())); }
// mapper errors close the underlying iterator with the mapper's error winning over return's
log.length = 0;
const closing = { __proto__: Iterator.prototype, next: () => ({ value: 1, done: false }), return() { log.push("return"); throw new Error("lost"); } };
for (const m of ["map", "filter", "flatMap"]) {
  const h = closing[m](() => { throw new RangeError(m); });
  try { h.next(); } catch (e) { print(m, e.constructor.name, e.message, log.join(), JSON.stringify(h.next())); }
  log.length = 0;
}
// a generator as the underlying iterator: return() runs its finally
function* g() { try { yield 1; yield 2; } finally { log.push("finally"); } }
const gm = g().map((x) => x * 2);
print(gm.next().value, JSON.stringify(gm.return()), log.join());

// expect: map:TypeError,filter:TypeError,take:TypeError,drop:TypeError,flatMap:TypeError,reduce:TypeError,toArray:TypeError,forEach:TypeError,some:TypeError,every:TypeError,find:TypeError false
// expect: map TypeError get return,return
// expect: filter TypeError get return,return
// expect: flatMap TypeError get return,return
// expect: reduce TypeError get return,return
// expect: forEach TypeError get return,return
// expect: some TypeError get return,return
// expect: every TypeError get return,return
// expect: find TypeError get return,return
// expect: get next
// expect: map EvalError 0
// expect: toArray EvalError 0
// expect: take EvalError 0
// expect: lazy TypeError 0
// expect: eager TypeError 0
// expect: result TypeError 0
// expect: result TypeError 0
// expect: drop URIError 0 {"done":true}
// expect: map RangeError map return {"done":true}
// expect: filter RangeError filter return {"done":true}
// expect: flatMap RangeError flatMap return {"done":true}
// expect: 2 {"done":true} finally
