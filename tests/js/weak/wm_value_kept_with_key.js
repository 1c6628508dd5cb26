// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// While its key is reachable, a WeakMap value stays alive and readable.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
const key = {};
(function () { const v = { msg: "still here" }; wm.set(key, v); fr.register(v, "value"); })();
setTimeout(() => {
  gc(); gc();
  settle(() => got.length > 0, () => {
    console.log(got.length, wm.get(key).msg, wm.has(key));   // expect: 0 still here true
  }, 100);
}, 0);
