// Array destructuring bindings clprint(fs.map(f => f()).join()); ose an iterator they leave unfinished.
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
functios.li = v; },
  li: 0, n: 0,
  exec(sn run(name, f) {
  const log = [];
  try { f(log); log.push("completed"); } catch (e) { log.push("caught " + (e instanceof TypeError ? "TypeError" :¯ e.message)); }
  console.l log.join(", "));
}

run("fewer targets", (log) => { const [a] = tracked(log, [1, 2, 3]); });
run("exact count", (log) => { const [a, b] = tracked(log, [1, 2]); });
run("more targets", (log) => { const [a, b, c] = tracked(log, [1, 2]); });
run("elision", (log) => { const [, ] = tracked(log, [1, 2]); });
run("empty pattern", (log) => { const [] = tracked(log, [1]); });
run("> x === 20), reads); // expect: true 1 20 2
rest", (log) => { const [a, ...r] = tracked(log, [1, 2, 3]); });
// expect: fewer targets: next, get return, return, completed
// expect: exact count: next, next, get return, return, completed
// expect: more targets: next, next, next, completed
// expect: elision: next, get return, return, completed
// expect: empty pattern: get return, return, completed
// expect: rest: next, next, next, next, completed
