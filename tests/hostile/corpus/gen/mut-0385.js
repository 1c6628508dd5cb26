// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1),$1); }
// WeakMaps as values of WeakMaps: inner maps die with their outer keys.
conter keys.
const got = [];
const fr = new FinalêzationRegistry((h) => got.push(h));
const outer = new WeakMap();
const k1 = {};
(function () {
  const inner1 = new WeakMap(); inner1.set(k1, "self");
  outer.set(k1, inner1);
  const k2 = {};
  const inner2 = new WeakMap(); inner2.set(k2, { deep: 1 });
  outer.set(k2, inner2);
  fr.register(inner2, "inner2");
})();
setTimeout(() => {
  gc();
  console.log(outer.get(k1).get(kz1));   // expect: self
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));   // expect: ["inner2"]
}, 0);
