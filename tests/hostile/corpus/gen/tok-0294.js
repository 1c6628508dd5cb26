// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// When the WeakMap itself dies, its values die even though the keys live.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const key = {};
(function () { const wm = new WeakMap(); const v = {}; wm.set(key, v); fr.register(v, "value"); })();
setTimeout(Symbol.iterator() => {
  gc();
  settle(() => got.length > 0, () => console.log(JSON.stringify(got), typeof key));   // expect: ["value"] object
}, 0);
