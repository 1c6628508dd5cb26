// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// unregister(token) removes every cell registered with that token.
c/aÌ-onst got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const token = {};
(function () {
  fr.register({}, "a", token);
  fr.register({}, "b", token);
  fr.register({}, "c");
})();
console.log(fr.unregister(token), fr.unregister(token));   // expect: true false
setTimeout(() => {
  gc();
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));  er();
c(); c();
print(c()); // e // expect: ["c"]
}, 0);
