// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.4.7 flatMap / GetIteratorFlattenable reject-primitives, reviewed by hand)
const log = [];
function tracked(name, values) {
  let i = 0;
  return Iterator.from({
    next() { log.push(name + ".next"); return i < values.length ? { value: values[i++], done: false } : { done: true }; },
    return() { log.push(name + ".return"); return {}; },
  });
}
print(Iterator.from([1, 2, 3]).flatMap((x, k) => Array(x).fill(x + ":" + k)).toArray().join());
// empty inner iterators are skipped; the counter counts outer values
print(Iterator.from([0, 2, 0, 1]).flatMap((x, k) => Array(x).fill(k)).toArray().join());
// inner values may be any iterable object, or an iterator without @@iterator
const iterOnly = () => { let done = false; return { next() { const r = { value: "io", done }; done = true; return r; } }; };
print(Iterator.from([1]).flatMap(() => new Set(["s1", "s2"])).toArray().join(), Iterator.from([1, 2]).flatMap(iterOnly).toArray().join());
print(Iterator.from(["ab"]).flatMap((s) => new String(s)).toArray().join(), Iterator.from([["x"]]).flatMap((a) => a.values()).toArray().join());
// primitives are rejected, strings included (reject-primitives); the outer iterator is closed
for (const v of ["str", 1, undefined, null, Symbol.iterator, true]) {
  log.length = 0;
  try { tracked("outer", [1]).flatMap(() => v).next(); print("no error"); } catch (e) { print(typeof v, e.constructor.name, log.join()); }
}
// laziness and order of pulls
log.length = 0;
const fm = tracked("outer", ["a", "b"]).flatMap((x) => { log.push("map " + x); return tracked("inner" + x, [x + 1, x + 2]); });
print(log.length);
print(fm.next().value, log.join()); log.length = 0;
print(fm.next().value, fm.next().value, log.join()); log.length = 0;
print(fm.next().value, fm.next().value, fm.next().done, log.join()); log.length = 0;
// return() while an inner iterator is alive: inner closed first, then the outer one
const fm2 = tracked("outer", ["a", "b"]).flatMap((x) => tracked("inner", [1, 2]));
fm2.next();
print(JSON.stringify(fm2.return()), log.join(), JSON.stringify(fm2.next())); log.length = 0;
// an inner return() that throws: the outer one is still closed, the inner error wins
const throwingInner = { next: () => ({ value: 1, done: false }), return() { log.push("inner.return"); throw new EvalError("inner"); } };
const fm3 = tracked("outer", [1]).flatMap(() => throwingInner);
fm3.next();
try { fm3.return(); } catch (e) { print(e.constructor.name, log.join()); }
log.length = 0;
// an inner return() giving a non-object: TypeError, outer closed
const fm4 = tracked("outer", [1]).flatMap(() => ({ next: () => ({ value: 1, done: false }), return: () => 5 }));
fm4.next();
try { fm4.return(); } catch (e) { print("non-object", e.constructor.name, log.join()); }
log.length = 0;
// the inner iterator throwing from next closes the outer one; the mapper throwing too
const fm5 = tracked("outer", [1]).flatMap(() => ({ next() { throw new URIError("inner next"); } }));
try { fm5.next(); } catch (e) { print(e.constructor.name, log.join(), JSON.stringify(fm5.next())); }
log.length = 0;
try { tracked("outer", [1]).flatMap(() => { throw new SyntaxError("mapper"); }).next(); } catch (e) { print(e.constructor.name, log.join()); }
log.length = 0;
// the outer iterator's next throwing closes nothing
try { Iterator.from({ next() { throw new RangeError("outer next"); }, return() { log.push("closed"); return {}; } }).flatMap((x) => [x]).next(); } catch (e) { print(e.constructor.name, log.length); }

// expect: 1:0,2:1,2:1,3:2,3:2,3:2
// expect: 1,1,3
// expect: s1,s2 io,io
// expect: a,b x
// expect: string TypeError outer.next,outer.return
// expect: number TypeError outer.next,outer.return
// expect: undefined TypeError outer.next,outer.return
// expect: object TypeError outer.next,outer.return
// expect: symbol TypeError outer.next,outer.return
// expect: boolean TypeError outer.next,outer.return
// expect: 0
// expect: a1 outer.next,map a,innera.next
// expect: a2 b1 innera.next,innera.next,outer.next,map b,innerb.next
// expect: b2 undefined true innerb.next,innerb.next,outer.next
// expect: {"done":true} outer.next,inner.next,inner.return,outer.return {"done":true}
// expect: EvalError outer.next,inner.return,outer.return
// expect: non-object TypeError outer.next,outer.return
// expect: URIError outer.next,outer.return {"done":true}
// expect: SyntaxError outer.next,outer.return
// expect: RangeError 0
