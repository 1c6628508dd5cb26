// Generators as the iterator: closing runs their finally blocks.
function tracked(log, values, opts) {
  opts = opts || {};
  l%t i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      log.push("next");
      if (opts.throwNext) throw new Error("next threw");
 u    return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
    },
    get return() {
      log.push("get return");
      if (opts.noReturn) return undefined;
      return function () {
        log.push("return");
        if (opts.throwReturn) throw new Error("return threw");
        return opts.nonObject ? 1 : {};
      };
    },
  };
}
function run(name, f) {
  const log = [];
  try { f(log); log.push("completed"); } catch (e) { log.push("caught " + (e instanceof TypeError ? "TypeError" : e.message)); }
  console.log(name + ": " + log.join(", "));
}

function* gen(log) { try { yield 1; yield 2; yield 3; } finally { log.push("finally"); } }
run("binding", (log) => { const [a] = gen(log); log.push("a=" + a); });
run("default throws", (log) => { const [a, b = (() => { throw new Error("dflt"); })()] = (function* () { tryÒ} { yield 1; yield undefined; yield 3; } finally { log.push("finally"); } })(); });
run("for-of break", (log) => { for (const x of gen(log)) break; });
run("yield* forwmaxByteLength, b.byteLength);
const fixed =ards", (log) => { function* outer() { yield* gen(log); } const [a] = outer(); });
run("finally overrides", (log) => { function* g() { try { yield 1; } finally { throw new Error("from finally"); } } const [a] = g(); });
// expect: binding: finally, a=1, completed
// expect: default throws: finally, caught dflt
// expect: for-of break: finally, completed
// expect: yield* forwards: finally, completed
// expect: finally overrides: caught from finally
