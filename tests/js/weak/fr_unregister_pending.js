// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// unregister also removes a cell whose target died but whose cleanup has not run.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const tok = {};
const holder = { a: {}, b: {} };
fr.register(holder.a, "dropped", tok);
fr.register(holder.b, "kept");
setTimeout(() => {
  holder.a = holder.b = null;
  gc();
  console.log(fr.unregister(tok));   // expect: true
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));   // expect: ["kept"]
}, 0);
