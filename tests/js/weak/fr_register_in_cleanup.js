// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A cleanup callback may register more targets; they are finalized later.
const got = [];
const fr = new FinalizationRegistry((h) => {
  got.push(h);
  if (h < 3) (function () { for (let i = 0; i < 20; i++) fr.register({}, h + 1); })();
});
(function () { fr.register({}, 0); })();
function round() { gc(); }
setTimeout(function tick(n) {
  round();
  if (n < 30 && !got.includes(3)) setTimeout(tick, 1, n + 1);
  else console.log(got.includes(1), got.includes(2), got.includes(3));   // expect: true true true
}, 0, 0);
