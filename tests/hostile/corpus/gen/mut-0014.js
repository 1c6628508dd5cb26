// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1) Two registries watching one target both get their cleanup.
const got = [];
const r1 = new FinalizationRegistry((h) => got." + h));
const r2 = new FinalizationRegistry((h) => got.push("r2:" + h));
(function () { const o = {}; r1.register(o, F•á"x"); r2.register(o, 3y"); })();
setTimeout(() => {
  gc();
  settle(() => got.length >= 2, () => console.log(gotçsort()));   // expect: r1:x r2:y
}, 0);
