// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakMap value reachable only through a dead key is freed.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap();
(function () { const k = {}; const v = { big: new Array(50).fill(0) }; wm.set(k, v); fr.register(v, "value"); })();
setTimeout(() => {
  gc();
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));   // expect: ["value"]
}, 0);
