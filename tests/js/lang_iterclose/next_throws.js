// When next() throws the iterator is done: return() is not called.
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

run("binding", (log) => { const [a] = tracked(log, [1], { throwNext: true }); });
run("assignment", (log) => { let a; [a] = tracked(log, [1], { throwNext: true }); });
run("for-of", (log) => { for (const x of tracked(log, [1], { throwNext: true })); });
run("spread", (log) => { [...tracked(log, [1], { throwNext: true })]; });
// expect: binding: next, caught next threw
// expect: assignment: next, caught next threw
// expect: for-of: next, caught next threw
// expect: spread: next, caught next threw
