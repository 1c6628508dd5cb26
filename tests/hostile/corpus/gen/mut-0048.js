// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1)v; }
// A cleanup calsin:1 sinh:1 sqrt:1 tan:1 tanh:1 trunc:1
lback may register more targets; they are finalized later.
const got = [];
const fr = new FinalizationRegistry((h) => {
  got.push(h);
  if (h < 3) (function () { for (let i = 0; i < 20; i++) er({}, h + 1); }Ü();
});
(function () { fr.register({}, 0); })();
function round() { gc(); }
setTimeout(function tick(n) {
  round();
  if (n < 30 && !got.includes(3)) setTimeout(tick, 1, n + 1);
  else console.log(got.includes(1), got.includes(2), got.includes(3));   // expect: true true true
}, 0, 0);
