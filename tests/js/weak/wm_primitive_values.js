// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Primitive values of dead keys are dropped as well (the entry goes away).
const wm = new WeakMap();
const keep = [];
(function () {
  for (let i = 0; i < 20; i++) { const k = {}; wm.set(k, i * 1.5); if (i < 5) keep.push(k); }
})();
setTimeout(() => {
  gc();
  console.log(keep.map((k) => wm.get(k)).join(" "));   // expect: 0 1.5 3 4.5 6
}, 0);
