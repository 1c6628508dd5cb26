// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// When a target dies, WeakRefs to it are already empty by the time its
// cleanup callback runs.
const refs = [];
const seen = [];
const fr = new FinalizationRegistry((i) => seen.push([i, refs[i].deref()]));
(function () {
  for (let i = 0; i < 3; i++) { const o = { i }; refs.push(new WeakRef(o)); fr.register(o, i); }
})();
setTimeout(() => {
  gc();
  settle(() => seen.length >= 3, () => console.log(JSON.stringify(seen.sort())));   // expect: [[0,null],[1,null],[2,null]]
}, 0);
