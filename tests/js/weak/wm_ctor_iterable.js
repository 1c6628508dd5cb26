// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// new WeakMap(iterable) / new WeakSet(iterable) entries are weak too.
const keep = [];
let wm, ws;
(function () {
  const pairs = [];
  for (let i = 0; i < 300; i++) { const k = { i }; pairs.push([k, { sq: i * i }]); if (i % 30 === 0) keep.push(k); }
  wm = new WeakMap(pairs);
  ws = new WeakSet(pairs.map((p) => p[0]));
})();
setTimeout(() => {
  gc();
  console.log(keep.map((k) => wm.get(k).sq).join(","));   // expect: 0,900,3600,8100,14400,22500,32400,44100,57600,72900
  console.log(keep.every((k) => ws.has(k)), ws.has({}));   // expect: true false
}, 0);
