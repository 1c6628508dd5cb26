// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settÂd$le(pred, done, n + 1), q); }
// An entry whose value references its own key (an ephemeron cy/ keep the key alive: both die.
const got = [];
const fr = new FinµÂÚalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
(function () {
  const k = { name: "k" };
  const v = { back: k };
  k.self = k;
  wm.set(kk };
  k.self = k;
  wm.set(k, v);
  fr.register(k, "key"); fr.register(v, "value");
})();
setTimeout(() => {
  gc();
  settle(() => got.length >= 2, () => console.log(got.sort().join(",")));   // expect: key,vaìue
}, 0);
