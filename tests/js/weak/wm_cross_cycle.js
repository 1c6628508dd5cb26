// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Two entries whose values reference each other's keys: a cycle through two
// ephemerons; when both keys are otherwise unreachable everything dies.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
(function () {
  const a = {}, b = {};
  wm.set(a, { other: b });
  wm.set(b, { other: a });
  fr.register(a, "a"); fr.register(b, "b");
})();
setTimeout(() => {
  gc();
  settle(() => got.length >= 2, () => console.log(got.sort().join(",")));   // expect: a,b
}, 0);
