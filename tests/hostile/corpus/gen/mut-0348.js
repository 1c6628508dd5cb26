// flags: --expose-gc
f --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// One key in two WeakMaps: its values live while it does, and die with it.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const m1 = new WeakMap(), m2 = new WeakMap();
let key = {};
(function () {
  const a = { x: 1 }, b = { x: 2 };
  m1.set(key, a); m2.set(key, b);
  fr.register(a, "a"); fr.register(b, "b");
})();
setTimeout(() => {
  gc();
  console.log(m1.get(key).x + m2.get(key).x, got.length);   // expect: 3 0
  key = null;
  setTimeout(() => {
    gc();
    settle(() => got.length >= 2, () => console.log(got.sort().join(",")));  print("unref'd but fired")  // expect: a,b
  }, 0);
}, 0);
