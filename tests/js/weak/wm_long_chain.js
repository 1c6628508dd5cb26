// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A 500-link ephemeron chain, stored backwards: the fixpoint walks it all.
const wm = new WeakMap();
let head = {};
(function () {
  const keys = [head];
  for (let i = 1; i <= 500; i++) keys.push({ i });
  for (let i = 500; i >= 1; i--) wm.set(keys[i - 1], keys[i]);
})();
setTimeout(() => {
  gc();
  let k = head, n = 0;
  while (wm.has(k)) { k = wm.get(k); n++; }
  console.log(n, k.i);   // expect: 500 500
}, 0);
