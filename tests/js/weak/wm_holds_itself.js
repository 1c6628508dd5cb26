// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakMap that is the value of one of its own entries dies with its key.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
(function () {
  const wm = new WeakMap();
  const k = {};
  wm.set(k, wm);
  fr.register(wm, "map"); fr.register(k, "key");
})();
setTimeout(() => {
  gc();
  settle(() => got.length >= 2, () => console.log(got.sort().join(",")));   // expect: key,map
}, 0);
