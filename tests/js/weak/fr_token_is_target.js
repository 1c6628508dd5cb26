// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// The target may be its own unregister token; the token is held weakly.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
let a = { n: "a" };
fr.register(a, "first", a);
(function () { const b = {}; fr.register(b, "second", b); })();
console.log(fr.unregister(a));   // expect: true
a = null;
setTimeout(() => {
  gc();
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));   // expect: ["second"]
}, 0);
