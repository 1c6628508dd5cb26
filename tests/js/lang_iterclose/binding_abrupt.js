// A throw inside a destructuring binding closes the iterator (unless it is done).
function tracked(log, values, opts) {
  opts = opts || {};
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      log.push("next");
      if (opts.throwNext) throw new Error("next threw");
      return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
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

const boom = (m) => { throw new Error(m); };
run("default throws", (log) => { const [a = boom("default")] = tracked(log, [undefined, 2]); });
run("default throws after done", (log) => { const [a, b = boom("late default")] = tracked(log, [1]); });
run("nested pattern throws", (log) => { const [{ x }] = tracked(log, [null, 2]); });
run("nested array pattern", (log) => { const [[a]] = tracked(log, [tracked(log, [1, 2]), 2]); });
run("computed key throws", (log) => { const [{ [boom("key")]: k }] = tracked(log, [{}, 1]); });
// expect: default throws: next, get return, return, caught default
// expect: default throws after done: next, next, caught late default
// expect: nested pattern throws: next, get return, return, caught TypeError
// expect: nested array pattern: next, next, get return, return, get return, return, completed
// expect: computed key throws: next, get return, return, caught key
