// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// delete, re-set and has survive collections (the index is rebuilt when
// cells move); deleted values are not kept.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
const keys = [];
for (let i = 0; i < 100; i++) keys.push({ i });
(function () {
  for (const k of keys) { const v = { v: k.i }; wm.set(k, v); if (k.i < 10) fr.register(v, k.i); }
})();
for (let i = 0; i < 10; i++) wm.delete(keys[i]);
setTimeout(() => {
  gc();
  let sum = 0;
  for (const k of keys) if (wm.has(k)) sum += wm.get(k).v;
  wm.set(keys[0], { v: 1000 });
  gc();
  console.log(sum, wm.get(keys[0]).v, wm.has(keys[5]), wm.delete(keys[5]));   // expect: 4905 1000 false false
  settle(() => got.length >= 10, () => console.log(got.length));   // expect: 10
}, 0);
