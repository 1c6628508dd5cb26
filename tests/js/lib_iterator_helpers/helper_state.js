// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.2.1 %IteratorHelperPrototype% and GeneratorValidate, reviewed by hand)
const HP = Object.getPrototypeOf([].values().map((x) => x));
const log = [];
function src(n, extra) {
  let i = 0;
  return Object.assign(Object.create(Iterator.prototype), {
    next() { log.push("next"); return i < n ? { value: i++, done: false } : { done: true }; },
    return(...a) { log.push("return" + a.length); return { ignored: true }; },
  }, extra);
}
// brand checks: not an Iterator Helper (generators, wrappers and plain objects included)
function* gen() {}
const wrapper = Iterator.from({ next() {} });
for (const m of ["next", "return"]) {
  for (const bad of [undefined, {}, gen(), wrapper, [].values(), Object.create(HP)]) {
    try { HP[m].call(bad); print("no error"); } catch (e) { print(m, e.constructor.name); }
  }
}
// %GeneratorPrototype% methods refuse a helper
const GP = Object.getPrototypeOf(gen.prototype);
try { GP.next.call([1].values().map((x) => x)); } catch (e) { print("generator next", e.constructor.name); }
// return() before the first next(): closes the underlying iterator (no arguments), helper completed
const h1 = src(3).map((x) => x);
print(JSON.stringify(h1.return("a")), log.join(), JSON.stringify(h1.next()), JSON.stringify(h1.return()), log.join());
log.length = 0;
// return() after a yield: forwarded once, later calls do nothing
const h2 = src(3).filter(() => true);
h2.next();
print(JSON.stringify(h2.return()), JSON.stringify(h2.return()), JSON.stringify(h2.next()), log.join());
log.length = 0;
// return() after exhaustion does not close
const h3 = src(1).take(5);
h3.next(); h3.next();
print(JSON.stringify(h3.return()), log.join());
log.length = 0;
// no return method: nothing to call; a return method that throws or gives a non-object
print(JSON.stringify(src(2, { return: undefined }).drop(1).return()));
const h4 = src(2, { return() { throw new EvalError("r"); } }).map((x) => x);
try { h4.return(); } catch (e) { print("throws", e.constructor.name, JSON.stringify(h4.next())); }
const h5 = src(2, { return() { return 3; } }).map((x) => x);
h5.next();
try { h5.return(); } catch (e) { print("non-object", e.constructor.name, JSON.stringify(h5.next())); }
log.length = 0;
// while the helper runs (inside the callback) next and return are TypeErrors, and the helper goes on
let self;
self = src(3).map((x) => {
  try { self.next(); } catch (e) { log.push("next: " + e.constructor.name); }
  try { self.return(); } catch (e) { log.push("return: " + e.constructor.name); }
  return x;
});
print(self.next().value, self.next().value, log.join());
log.length = 0;
// ...also from the underlying iterator's own next and return
let h6;
const reentrant = Object.assign(Object.create(Iterator.prototype), {
  next() { try { h6.next(); } catch (e) { log.push("in next: " + e.constructor.name); } return { value: 1, done: false }; },
  return() { try { h6.next(); } catch (e) { log.push("in return: " + e.constructor.name); } return {}; },
});
h6 = reentrant.map((x) => x);
h6.next();
h6.return();
print(log.join());
log.length = 0;
// return() before start marks the helper completed before the underlying return runs
let h7;
const probe = Object.assign(Object.create(Iterator.prototype), {
  next() { log.push("next"); return { done: true }; },
  return() { log.push("inner sees " + JSON.stringify(h7.next())); return {}; },
});
h7 = probe.take(1);
h7.return();
print(log.join());
// each helper is its own object; helpers of helpers
const base = [1, 2, 3].values();
const a = base.map((x) => x), b = base.map((x) => -x);
print(a !== b, a.next().value, b.next().value, a.next().value);
print(Object.prototype.toString.call(a), a[Symbol.iterator]() === a, typeof a.map, a.map((x) => x) instanceof Iterator);

// expect: next TypeError
// expect: next TypeError
// expect: next TypeError
// expect: next TypeError
// expect: next TypeError
// expect: next TypeError
// expect: return TypeError
// expect: return TypeError
// expect: return TypeError
// expect: return TypeError
// expect: return TypeError
// expect: return TypeError
// expect: generator next TypeError
// expect: {"done":true} return0 {"done":true} {"done":true} return0
// expect: {"done":true} {"done":true} {"done":true} next,return0
// expect: {"done":true} next,next
// expect: {"done":true}
// expect: throws EvalError {"done":true}
// expect: non-object TypeError {"done":true}
// expect: 0 1 next,next: TypeError,return: TypeError,next,next: TypeError,return: TypeError
// expect: in next: TypeError,in return: TypeError
// expect: inner sees {"done":true}
// expect: true 1 -2 3
// expect: [object Iterator Helper] true function true
