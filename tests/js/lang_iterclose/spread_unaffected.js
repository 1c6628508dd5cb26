// Spread and rest elements run iterators to completion: no return().
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

run("array spread", (log) => { const a = [...tracked(log, [1, 2])]; log.push(a.length); });
run("call spread", (log) => { log.push(Math.max(...tracked(log, [3, 9]))); });
run("rest binding", (log) => { const [...r] = tracked(log, [1, 2]); log.push(r.join("")); });
run("Array.from", (log) => { log.push(Array.from(tracked(log, [1, 2])).length); });
run("Array.from mapper throws", (log) => { Array.from(tracked(log, [1, 2]), () => { throw new Error("mapper"); }); });
// expect: array spread: next, next, next, 2, completed
// expect: call spread: next, next, next, 9, completed
// expect: rest binding: next, next, next, 12, completed
// expect: Array.from: next, next, next, 2, completed
// expect: Array.from mapper throws: next, get return, return, caught mapper
