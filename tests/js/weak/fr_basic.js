// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Dropping the only reference and collecting runs the cleanup callback
// with the held value, later, as a job of its own.
const got = [];
const fr = new FinalizationRegistry((held) => got.push(held));
const holder = { t: { payload: [1, 2, 3] } };
fr.register(holder.t, "held-1");
setTimeout(() => {
  holder.t = null;   // reachable until this task: no cleanup can have run yet
  gc();
  console.log(got.length);   // expect: 0
  settle(() => got.length > 0, () => console.log(JSON.stringify(got)));   // expect: ["held-1"]
}, 0);
