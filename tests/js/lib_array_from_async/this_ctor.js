// node: skip (node 20 has no Array.fromAsync; expectations from ECMA-262 23.1.2.2 (ES2026), reviewed by hand)
const log = [];
function C(...args) {
  log.push(`new C(${args.join()}) ${new.target === C}`);
  return new Proxy(this, {
    defineProperty(t, k, d) { log.push(`define ${k}=${d.value} ${d.writable}${d.enumerable}${d.configurable}`); return Reflect.defineProperty(t, k, d); },
    set(t, k, v, r) { log.push(`set ${k}=${v}`); return Reflect.set(t, k, v, r); },
  });
}
(async () => {
  // iterables: Construct(C) with no arguments, then CreateDataPropertyOrThrow per value, then Set(length)
  let r = await Array.fromAsync.call(C, ["a", "b"]);
  print(r instanceof C, Array.isArray(r), r.length, log.join(" | "));
  log.length = 0;
  // array-likes: Construct(C, «len»)
  r = await Array.fromAsync.call(C, { length: 1, 0: "z" });
  print(r instanceof C, log.join(" | "));
  log.length = 0;
  // a subclass of Array
  class MyArray extends Array {}
  r = await MyArray.fromAsync([1, 2]);
  print(r instanceof MyArray, r.length, r.constructor === MyArray);
  // not a constructor: a plain Array (arrow functions, methods, non-callables, undefined)
  for (const t of [() => {}, { m() {} }.m, {}, undefined, 1]) {
    const x = await Array.fromAsync.call(t, [1]);
    log.push(Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype);
  }
  print(log.join());
  log.length = 0;
  // an array-like too long for an Array
  try { await Array.fromAsync.call(undefined, { length: 2 ** 32 }); } catch (e) { print("too long", e.constructor.name); }
  // the constructor throwing rejects the promise
  function Bad() { throw new EvalError("ctor"); }
  try { await Array.fromAsync.call(Bad, []); } catch (e) { print("ctor threw", e.constructor.name); }
  // A's index properties cannot be defined: rejects; for an iterator, it is closed first
  function Frozen() { return Object.freeze([]); }
  let closed = false;
  const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } }; } };
  try { await Array.fromAsync.call(Frozen, it); } catch (e) { print("frozen", e.constructor.name, closed); }
  try { await Array.fromAsync.call(Frozen, { length: 1, 0: 1 }); } catch (e) { print("frozen array-like", e.constructor.name); }
  // length not settable: rejects
  function NoLength() { return Object.defineProperty({}, "length", { value: 0, writable: false }); }
  try { await Array.fromAsync.call(NoLength, []); } catch (e) { print("length", e.constructor.name); }
  // a thenable A is adopted by the result promise (it is the async closure's return value)
  function Thenable() { this.then = (res) => res("adopted"); }
  print(await Array.fromAsync.call(Thenable, []));
})();

// expect: true false 2 new C() true | define 0=a truetruetrue | define 1=b truetruetrue | set length=2 | define length=2 truetruetrue
// expect: true new C(1) true | define 0=z truetruetrue | set length=1 | define length=1 truetruetrue
// expect: true 2 true
// expect: true,true,true,true,true
// expect: too long RangeError
// expect: ctor threw EvalError
// expect: frozen TypeError true
// expect: frozen array-like TypeError
// expect: length TypeError
// expect: adopted
