// Function parameters, catch parameters and for-of heads destructure the same way.
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

run("parameter", (log) => { (function ([a]) {})(tracked(log, [1, 2])); });
run("parameter default throws", (log) => { (function ([a = (() => { throw new Error("param"); })()]) {})(tracked(log, [undefined, 2])); });
run("arrow parameter", (log) => { (([a, b]) => a + b)(tracked(log, [1, 2, 3])); });
run("catch parameter", (log) => { try { throw tracked(log, [1, 2]); } catch ([a]) { log.push("in catch " + a); } });
run("for-of head pattern", (log) => { for (const [a] of [tracked(log, [1, 2])]) log.push("body " + a); });
// expect: parameter: next, get return, return, completed
// expect: parameter default throws: next, get return, return, caught param
// expect: arrow parameter: next, next, get return, return, completed
// expect: catch parameter: next, get return, return, in catch 1, completed
// expect: for-of head pattern: next, get return, return, body 1, completed
