// node: skip (node 20 predates ES2025's AsyncFromSyncIteratorContinuation closeOnRejection; expectations from ECMA-262 27.1.6, reviewed by hand)
// An async-from-sync iterator closes its sync iterator when a value it
// yields (done false) is a rejected promise; a done result or return() does not.
const log = [];
function sync(values, doneLast) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push("next"); const v = values[i++]; return { value: typeof v === "function" ? v() : v, done: !!doneLast && i === values.length }; },
        return() { log.push("return"); return {}; },
      };
    },
  };
}
(async () => {
  try { for await (const v of sync([1, () => Promise.reject(new RangeError("v"))])) log.push("got " + v); } catch (e) { log.push("caught " + e.name); }
  print(log.join()); log.length = 0;
  // a rejected value in a done result: not closed
  try { for await (const v of sync([() => Promise.reject(new RangeError("last"))], true)) log.push("got " + v); } catch (e) { log.push("caught " + e.name); }
  print(log.join()); log.length = 0;
  // the close's own errors are dropped: the rejection reason wins
  const badReturn = { [Symbol.iterator]() { return { next: () => ({ value: Promise.reject(new EvalError("reason")), done: false }), return() { log.push("return"); throw new Error("dropped"); } }; } };
  try { for await (const v of badReturn); } catch (e) { log.push("caught " + e.name); }
  print(log.join()); log.length = 0;
  // a value whose PromiseResolve throws (a promise with a throwing constructor getter) closes too
  const p = Promise.resolve(1);
  Object.defineProperty(p, "constructor", { get() { throw new URIError("ctor"); } });
  try { for await (const v of sync([p])); } catch (e) { log.push("caught " + e.name); }
  print(log.join()); log.length = 0;
  // yield* onto a sync iterator without a throw method: throw() closes it, then a TypeError
  const noThrow = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { log.push("return"); return {}; } }; } };
  async function* g() { yield* noThrow; }
  const it = g();
  await it.next();
  try { await it.throw(new Error("sent")); } catch (e) { log.push("caught " + e.constructor.name); }
  print(log.join(), JSON.stringify(await it.next()));
  log.length = 0;
  // Array.fromAsync over a sync iterable goes through the same wrapper
  try { await Array.fromAsync(sync([1, () => Promise.reject(new RangeError("fa"))])); } catch (e) { log.push("caught " + e.name + " " + e.message); }
  print(log.join());
})();

// expect: next,got 1,next,return,caught RangeError
// expect: next,caught RangeError
// expect: return,caught EvalError
// expect: next,return,caught URIError
// expect: return,caught TypeError {"done":true}
// expect: next,next,return,caught RangeError fa
