// Nested loops and patterns close the right iterators in the right order.
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

run("inner break", (log) => { for (const x of tracked(log, [1, 2])) { for (const y of tracked(log, ["a", "b"])) break; log.push("x" + x); } });
run("throw through two", (log) => { for (const x of tracked(log, [1])) for (const y of tracked(log, [2])) throw new Error("deep"); });
run("pattern in loop", (log) => { for (const x of tracked(log, [1, 2])) { const [p] = tracked(log, [x, 0]); log.push("p" + p); } });
// expect: inner break: next, next, get return, return, x1, next, next, get return, return, x2, next, completed
// expect: throw through two: next, next, get return, return, get return, return, caught deep
// expect: pattern in loop: next, next, get return, return, p1, next, next, get return, return, p2, next, completed
