// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakMap does not keep its key alive.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
(function () { const k = {}; wm.set(k, "v"); fr.register(k, "key"); })();
setTimeout(() => {
  gc();
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));   // expect: ["key"]
}, 0);
