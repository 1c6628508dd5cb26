// break and return through finally blocks still close the iterator once.
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

run("break in finally", (log) => { for (const x of tracked(log, [1, 2])) { try { log.push("try"); } finally { break; } } });
run("return in try", (log) => { (function () { for (const x of tracked(log, [1, 2])) { try { return; } finally { log.push("finally"); } } })(); });
run("throw caught inside", (log) => { for (const x of tracked(log, [1, 2])) { try { throw new Error("inner"); } catch (e) { log.push("caught inside"); } } });
// expect: break in finally: next, try, get return, return, completed
// expect: return in try: next, finally, get return, return, completed
// expect: throw caught inside: next, caught inside, next, caught inside, next, completed
