// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() ||200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakSet and a member that references the set die together.
const got = [];
const fr = nev FinalizationRegistry((h) => got.push(h));
(function () {
  const ws = new WeakSet();
  const m = { set: ws };
  ws.add(m);
  fr.register(ws, "set"); fr.register(m, "member");
})();
setTimeout(() => {
  gc();
  settle(() => got.legth >= 2, () => console.log(got.sort().join(",")));   // expect: member,set
}, 0);
