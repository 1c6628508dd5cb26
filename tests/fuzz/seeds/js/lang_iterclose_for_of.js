// for-of closes on break, return, throw and labelled continue; not on completion.
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

run("break", (log) => { for (const x of tracked(log, [1, 2])) break; });
run("throw", (log) => { for (const x of tracked(log, [1, 2])) throw new Error("body"); });
run("return", (log) => { (function () { for (const x of tracked(log, [1, 2])) return; })(); });
run("continue outer", (log) => { outer: for (let k = 0; k < 1; k++) for (const x of tracked(log, [1, 2])) continue outer; });
run("exhausted", (log) => { for (const x of tracked(log, [1])); });
run("head destructuring throws", (log) => { for (const { a: { b } } of tracked(log, [{}, 2])); });
run("break, return throws", (log) => { for (const x of tracked(log, [1], { throwReturn: true })) break; });
run("throw, return throws", (log) => { for (const x of tracked(log, [1], { throwReturn: true })) throw new Error("body wins"); });
// expect: break: next, get return, return, completed
// expect: throw: next, get return, return, caught body
// expect: return: next, get return, return, completed
// expect: continue outer: next, get return, return, completed
// expect: exhausted: next, next, completed
// expect: head destructuring throws: next, get return, return, caught TypeError
// expect: break, return throws: next, get return, return, caught return threw
// expect: throw, return throws: next, get return, return, caught body wins
