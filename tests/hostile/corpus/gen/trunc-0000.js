// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// WeakSet holds its members weakly; has() answers for the living ones.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const ws = new WeakSet();
const a = {};
ws.add(a);
(function () { const b = {}; ws.add(b); fr.register(b, "b"); })