// What return() does matters only for normal completions.
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

run("return throws, normal", (log) => { const [a] = tracked(log, [1, 2], { throwReturn: true }); });
run("return throws, abrupt", (log) => { const [a = (() => { throw new Error("body"); })()] = tracked(log, [undefined], { throwReturn: true }); });
run("non-object, normal", (log) => { const [a] = tracked(log, [1, 2], { nonObject: true }); });
run("non-object, abrupt", (log) => { const o = { set x(v) { throw new Error("set"); } }; [o.x] = tracked(log, [1], { nonObject: true }); });
run("no return method", (log) => { const [a] = tracked(log, [1, 2], { noReturn: true }); });
// expect: return throws, normal: next, get return, return, caught return threw
// expect: return throws, abrupt: next, get return, return, caught body
// expect: non-object, normal: next, get return, return, caught TypeError
// expect: non-object, abrupt: next, get return, return, caught set
// expect: no return method: next, get return, completed
