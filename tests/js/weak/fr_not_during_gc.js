// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// The cleanup never runs synchronously inside gc(), nor inside the same job
// (the task and its microtasks).
let phase = "sync", seen = null;
const fr = new FinalizationRegistry(() => { seen = phase; });
const holder = { t: {} };
fr.register(holder.t, 0);
setTimeout(() => {
  holder.t = null;
  gc();
  console.log("after gc", seen);   // expect: after gc null
  Promise.resolve().then(() => { console.log("microtask", seen); phase = "later"; });   // expect: microtask null
  settle(() => seen !== null, () => console.log("cleanup saw", seen));   // expect: cleanup saw later
}, 0);
