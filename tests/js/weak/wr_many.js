// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Of 1000 WeakRefs, exactly the 500 whose targets are still held survive.
const keep = [];
const refs = [];
(function make() {
  for (let i = 0; i < 1000; i++) {
    const o = { i };
    refs.push(new WeakRef(o));
    if (i % 2 === 0) keep.push(o);
  }
})();
setTimeout(() => {
  gc();
  let alive = 0, sum = 0;
  for (const r of refs) { const o = r.deref(); if (o) { alive++; sum += o.i; } }
  console.log(alive, sum);   // expect: 500 249500
}, 0);
