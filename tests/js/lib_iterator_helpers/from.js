// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.3.2.1 (Iterator.from, GetIteratorFlattenable), reviewed by hand)
// an iterator that already inherits from Iterator.prototype comes back as is
const ai = [1, 2].values();
print(Iterator.from(ai) === ai, Iterator.from([5, 6]).toArray().join(), Iterator.from(new Set(["s"])).next().value);
// strings are iterated (iterate-string-primitives), code points
print(Iterator.from("a\u{1F600}b").toArray().length, Iterator.from("xy").map((c) => c + c).toArray().join());
// non-objects other than strings: TypeError
for (const v of [undefined, null, 1, true, Symbol("s"), 1n]) {
  try { Iterator.from(v); print("no error"); } catch (e) { print(e.constructor.name); }
}
// an object without @@iterator is taken as the iterator itself and wrapped
let nextCalls = 0;
const plain = { next(...a) { nextCalls++; return { value: a.length, done: nextCalls > 2, extra: "kept" }; } };
const w = Iterator.from(plain);
print(w === plain, w instanceof Iterator, Object.getPrototypeOf(Object.getPrototypeOf(w)) === Iterator.prototype);
const r1 = w.next(1, 2);   // the wrapper's next passes no arguments and returns the result as is
print(r1.value, r1.done, r1.extra, nextCalls);
print(w.map((x) => "m" + x).toArray().join(), nextCalls);
// next is read once, when wrapping
let reads = 0;
const counted = { get next() { reads++; return () => ({ done: true }); } };
const cw = Iterator.from(counted);
cw.next(); cw.next();
print("next reads", reads);
// return: forwarded with no arguments when present, else { undefined, done: true }
const noReturn = Iterator.from({ next() { return { done: true }; } }).return();
print(JSON.stringify(noReturn), Object.getPrototypeOf(noReturn) === Object.prototype);
const withReturn = Iterator.from({ next() {}, return(...a) { return { args: a.length, self: this === target }; } });
var target;
print(JSON.stringify(Object.getPrototypeOf(withReturn).return.call(withReturn)));
target = { next() {}, return() { return { self: this === target }; } };
print(JSON.stringify(Iterator.from(target).return()));
try { Iterator.from({ next() {}, return: 5 }).return(); } catch (e) { print("return not callable", e.constructor.name); }
// @@iterator results: must be objects; a non-callable @@iterator is a TypeError; null/undefined means "no method"
try { Iterator.from({ [Symbol.iterator]() { return 1; } }); } catch (e) { print("primitive iterator", e.constructor.name); }
try { Iterator.from({ [Symbol.iterator]: 1 }); } catch (e) { print("bad method", e.constructor.name); }
const nullIter = { [Symbol.iterator]: null, next() { return { value: "n", done: false }; } };
print(Iterator.from(nullIter).next().value);
// a String object is an object: its @@iterator is used
print(Iterator.from(new String("hi")).toArray().join());
// the wrapper's methods check their receiver
const W = Object.getPrototypeOf(w);
for (const m of ["next", "return"]) {
  for (const bad of [{}, [].values(), [1].values().map((x) => x), undefined]) {
    try { W[m].call(bad); print("no error"); } catch (e) { print(m, e.constructor.name); }
  }
}
// hasInstance is OrdinaryHasInstance on the prototype chain: a proxy's getPrototypeOf trap runs
const log = [];
const px = new Proxy({ next() { return { done: true }; } }, {
  getPrototypeOf(t) { log.push("getPrototypeOf"); return Iterator.prototype; },
  get(t, k, r) { log.push("get " + String(k)); return Reflect.get(t, k, r); },
});
print(Iterator.from(px) === px, log.join());

// expect: true 5,6 s
// expect: 3 xx,yy
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: false true true
// expect: 0 false kept 1
// expect: m0 3
// expect: next reads 1
// expect: {"done":true} true
// expect: {"args":0,"self":false}
// expect: {"self":true}
// expect: return not callable TypeError
// expect: primitive iterator TypeError
// expect: bad method TypeError
// expect: n
// expect: h,i
// expect: next TypeError
// expect: next TypeError
// expect: next TypeError
// expect: next TypeError
// expect: return TypeError
// expect: return TypeError
// expect: return TypeError
// expect: return TypeError
// expect: true get Symbol(Symbol.iterator),get next,getPrototypeOf
