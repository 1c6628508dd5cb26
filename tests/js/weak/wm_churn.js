// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakMap used as a cache of short-lived keys does not grow without bound
// and keeps exactly the entries whose keys live.
const wm = new WeakMap();
const live = [];
function fill(n, keepEvery) {
  for (let i = 0; i < n; i++) {
    const k = { i };
    wm.set(k, { payload: i });
    if (i % keepEvery === 0) live.push(k);
  }
}
setTimeout(function round(r) {
  fill(1000, 50);
  gc();
  if (r < 5) { setTimeout(round, 0, r + 1); return; }
  let ok = 0;
  for (const k of live) if (wm.get(k).payload === k.i) ok++;
  console.log(live.length, ok);   // expect: 120 120
}, 0, 0);
