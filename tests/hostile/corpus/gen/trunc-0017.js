// Destructuring assignment: a throwing target closes the iterator too.
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

const o = { set bad(v) { throw new Error("setter " + v); } };
run("setter throws", (log) => { [o.bad] = tracked(log, [1, 2]); });
run("second setter throws", (log) => { let a; [a, o.bad] = tracked(log, [1, 2, 3]); });
run("null target", (log) => { const n = null; [n.x] = tracked(log, [1, 2]); });
run("rest target throws", (log) => { [