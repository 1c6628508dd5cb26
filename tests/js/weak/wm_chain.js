// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Ephemeron chain k1 -> v1 (= k2) -> v2 (= k3) -> v3: all alive through k1,
// all freed once k1 dies -- whatever order the entries were added in.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
let k1 = { n: 1 };
(function () {
  const k2 = { n: 2 }, k3 = { n: 3 }, v3 = { n: "end" };
  wm.set(k3, v3);   // added last-link first: marking needs several rounds
  wm.set(k2, k3);
  wm.set(k1, k2);
  fr.register(k2, "k2"); fr.register(k3, "k3"); fr.register(v3, "v3");
})();
setTimeout(() => {
  gc();
  console.log(wm.get(wm.get(wm.get(k1))).n);   // expect: end
  k1 = null;
  setTimeout(() => {
    gc();
    settle(() => got.length >= 3, () => console.log(got.sort().join(",")));   // expect: k2,k3,v3
  }, 0);
}, 0);
