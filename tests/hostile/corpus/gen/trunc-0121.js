// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// 2000 registrations (the registry grows), half of them dying.
let count = 0, sum = 0;
const fr = new FinalizationRegistry((h) => { count++; sum += h; });
const keep = [];
(function () {
  for (let i = 0; i < 600; i++) {
    const o = { i };
    fr.register(o, i);
    if (i % 2) keep.push(o);
  }
})();
setTimeout(() => {
  gc();
  settle(() => count >= 300, () => co