// node: skip (node 20 has no Array.fromAsync; expectations from ECMA-262 23.1.2.2 (ES2026), reviewed by hand)
const log = [];
function asyncSource(values, extra) {
  return {
    [Symbol.asyncIterator]() {
      let i = 0;
      return Object.assign({
        next() { log.push("next"); return Promise.resolve(i < values.length ? { value: values[i++], done: false } : { done: true }); },
        return() { log.push("return"); return Promise.resolve({}); },
      }, extra);
    },
  };
}
async function attempt(label, f) {
  log.length = 0;
  let p;
  try { p = f(); } catch (e) { print(label, "threw synchronously", e.constructor.name); return; }
  print(label, p instanceof Promise);
  try { await p; print(label, "fulfilled"); } catch (e) { print(label, "rejected", e.constructor.name, e instanceof TypeError ? "-" : e.message, log.join() || "-"); }
}
(async () => {
  // argument errors reject, never throw; mapfn is checked before the items are touched
  await attempt("mapfn", () => Array.fromAsync(asyncSource([1]), "nope"));
  await attempt("null", () => Array.fromAsync(null));
  await attempt("undefined", () => Array.fromAsync());
  await attempt("bad @@asyncIterator", () => Array.fromAsync({ [Symbol.asyncIterator]: 1 }));
  await attempt("bad @@iterator", () => Array.fromAsync({ [Symbol.iterator]: 1 }));
  await attempt("@@asyncIterator result", () => Array.fromAsync({ [Symbol.asyncIterator]: () => 1 }));
  await attempt("getter", () => Array.fromAsync({ get [Symbol.asyncIterator]() { throw new URIError("getter"); } }));
  // the iterator's own failures reject without closing it
  await attempt("next throws", () => Array.fromAsync(asyncSource([], { next() { log.push("next"); throw new RangeError("next"); } })));
  await attempt("next rejects", () => Array.fromAsync(asyncSource([], { next() { log.push("next"); return Promise.reject(new RangeError("rejected next")); } })));
  await attempt("result not object", () => Array.fromAsync(asyncSource([], { next() { log.push("next"); return Promise.resolve(1); } })));
  await attempt("done getter", () => Array.fromAsync(asyncSource([], { next() { log.push("next"); return { get done() { throw new SyntaxError("done"); } }; } })));
  await attempt("value getter", () => Array.fromAsync(asyncSource([], { next() { log.push("next"); return { done: false, get value() { throw new SyntaxError("value"); } }; } })));
  // mapfn failures close the iterator (return awaited), the mapfn error wins
  await attempt("mapfn throws", () => Array.fromAsync(asyncSource([1, 2]), () => { throw new EvalError("map"); }));
  await attempt("mapfn rejects", () => Array.fromAsync(asyncSource([1, 2]), async () => { throw new EvalError("async map"); }));
  await attempt("return throws", () => Array.fromAsync(asyncSource([1], { return() { log.push("return"); throw new Error("ignored"); } }), () => { throw new EvalError("map wins"); }));
  await attempt("return rejects", () => Array.fromAsync(asyncSource([1], { return() { log.push("return"); return Promise.reject(new Error("ignored")); } }), () => { throw new EvalError("map wins again"); }));
  await attempt("no return", () => Array.fromAsync(asyncSource([1], { return: undefined }), () => { throw new EvalError("unclosed"); }));
  // sync iterables: a rejected value rejects
  await attempt("sync rejected value", () => Array.fromAsync([1, Promise.reject(new TypeError("value"))]));
  await attempt("sync mapfn throws", () => Array.fromAsync({ [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { log.push("sync return"); return {}; } }; } }, () => { throw new EvalError("sync map"); }));
  // array-likes: Get, the awaited value and mapfn errors reject
  await attempt("length", () => Array.fromAsync({ get length() { throw new RangeError("length"); } }));
  await attempt("index getter", () => Array.fromAsync({ length: 1, get 0() { throw new RangeError("index"); } }));
  await attempt("rejected element", () => Array.fromAsync({ length: 1, 0: Promise.reject(new RangeError("element")) }));
  await attempt("array-like mapfn", () => Array.fromAsync({ length: 1, 0: 0 }, () => { throw new RangeError("al map"); }));
})();

// expect: mapfn true
// expect: mapfn rejected TypeError - -
// expect: null true
// expect: null rejected TypeError - -
// expect: undefined true
// expect: undefined rejected TypeError - -
// expect: bad @@asyncIterator true
// expect: bad @@asyncIterator rejected TypeError - -
// expect: bad @@iterator true
// expect: bad @@iterator rejected TypeError - -
// expect: @@asyncIterator result true
// expect: @@asyncIterator result rejected TypeError - -
// expect: getter true
// expect: getter rejected URIError getter -
// expect: next throws true
// expect: next throws rejected RangeError next next
// expect: next rejects true
// expect: next rejects rejected RangeError rejected next next
// expect: result not object true
// expect: result not object rejected TypeError - next
// expect: done getter true
// expect: done getter rejected SyntaxError done next
// expect: value getter true
// expect: value getter rejected SyntaxError value next
// expect: mapfn throws true
// expect: mapfn throws rejected EvalError map next,return
// expect: mapfn rejects true
// expect: mapfn rejects rejected EvalError async map next,return
// expect: return throws true
// expect: return throws rejected EvalError map wins next,return
// expect: return rejects true
// expect: return rejects rejected EvalError map wins again next,return
// expect: no return true
// expect: no return rejected EvalError unclosed next
// expect: sync rejected value true
// expect: sync rejected value rejected TypeError - -
// expect: sync mapfn throws true
// expect: sync mapfn throws rejected EvalError sync map sync return
// expect: length true
// expect: length rejected RangeError length -
// expect: index getter true
// expect: index getter rejected RangeError index -
// expect: rejected element true
// expect: rejected element rejected RangeError element -
// expect: array-like mapfn true
// expect: array-like mapfn rejected RangeError al map -
