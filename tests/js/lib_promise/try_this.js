// node: skip (node 20 has no Promise.try; expectations from ECMA-262 27.2.4.8, reviewed by hand)
// The this value is the constructor (NewPromiseCapability(C)): subclasses,
// non-constructors and non-objects.
class MyPromise extends Promise {}
const p = MyPromise.try(() => 5);
print(p instanceof MyPromise, p.constructor === MyPromise);
for (const t of [undefined, null, 1, "s"]) {
  try { Promise.try.call(t, () => 1); print("no error"); } catch (e) { print(e.constructor.name); }
}
try { Promise.try.call({}, () => 1); print("no error"); } catch (e) { print("plain object:", e.constructor.name); }
let called = false;
try { Promise.try.call(() => {}, () => { called = true; }); } catch (e) { print("arrow:", e.constructor.name, called); }
// A custom capability: the callback runs after the executor, resolve/reject get the outcome.
const seen = [];
function Fake(executor) {
  seen.push("ctor");
  executor((v) => seen.push("resolve " + v), (e) => seen.push("reject " + e));
}
const r1 = Promise.try.call(Fake, (x) => { seen.push("cb"); return x * 2; }, 21);
const r2 = Promise.try.call(Fake, () => { throw "err"; });
print(seen.join(), r1 instanceof Fake, r2 instanceof Fake);
// A capability whose resolve throws: Promise.try throws that error.
function Bad(executor) { executor(() => { throw new SyntaxError("resolve threw"); }, () => {}); }
try { Promise.try.call(Bad, () => 1); } catch (e) { print(e.name, e.message); }
p.then((v) => print("sub", v));

// expect: true true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: plain object: TypeError
// expect: arrow: TypeError false
// expect: ctor,cb,resolve 42,ctor,reject err true true
// expect: SyntaxError resolve threw
// expect: sub 5
